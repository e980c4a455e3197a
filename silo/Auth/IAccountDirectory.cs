namespace PeaceOps.Ops.Silo.Auth;

/// <summary>Checks a username and password; the product's own sign-in (embedded mode) asks it.</summary>
public interface IAccountDirectory
{
    /// <summary>The user when the password is right; null otherwise (unknown user or wrong password alike).</summary>
    SignedInUser? Verify(string username, string password);
}
