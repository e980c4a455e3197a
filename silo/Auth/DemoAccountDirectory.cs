namespace PeaceOps.Ops.Silo.Auth;

/// <summary>
/// The contract's demo accounts (<c>duty</c>, <c>medical</c>, <c>reviewer</c>, <c>admin</c>, password <c>&lt;username&gt;-demo</c>).
/// Only hashes are kept. The admin holds only Admin: administering the system does not authorise tasking aircraft
/// (re-tasking needs an authorised officer), so separation of duties holds even in the demo.
/// </summary>
public sealed class DemoAccountDirectory : IAccountDirectory
{
    private readonly Dictionary<string, DemoAccount> _accounts;

    // Verifying an unknown user costs the same as a known one, so response time does not reveal which usernames exist.
    private readonly PasswordHash _decoy = PasswordHash.Of(Guid.NewGuid().ToString());

    public DemoAccountDirectory()
    {
        _accounts = new[]
        {
            ("duty", Roles.DutyOfficer),
            ("medical", Roles.MedicalCoordinator),
            ("reviewer", Roles.Reviewer),
            ("admin", Roles.Admin),
        }.ToDictionary(
            a => a.Item1,
            a => new DemoAccount(a.Item1, [a.Item2], PasswordHash.Of(a.Item1 + "-demo")),
            StringComparer.OrdinalIgnoreCase);
    }

    public SignedInUser? Verify(string username, string password)
    {
        if (_accounts.TryGetValue(username, out var account))
        {
            return account.Password.Matches(password) ? new SignedInUser(account.Username, account.Roles) : null;
        }

        _decoy.Matches(password);
        return null;
    }
}
