namespace PeaceOps.Ops.Silo.Auth;

/// <summary>Demo accounts switched off and users signing in at the identity provider: the product's own login refuses everyone.</summary>
public sealed class NoAccountDirectory : IAccountDirectory
{
    public SignedInUser? Verify(string username, string password) => null;
}
