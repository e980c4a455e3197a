namespace PeaceOps.Ops.Dashboard.Hub;

/// <summary>The authorization policies the hub names; the host defines them (same names as the REST API's).</summary>
public static class HubPolicies
{
    /// <summary>Any signed-in user with a product role.</summary>
    public const string ReadPicture = "ReadPicture";

    /// <summary>Replay and after-action review (Reviewer, DutyOfficer, Admin): who may play the recorded past back.</summary>
    public const string Review = "Review";
}
