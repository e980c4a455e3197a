namespace PeaceOps.Ops.Silo.Auth;

/// <summary>The four roles of the contract. A user can hold several; no role implies another.</summary>
public static class Roles
{
    /// <summary>Creates incidents from 9-lines and tasks aircraft.</summary>
    public const string DutyOfficer = "DutyOfficer";

    /// <summary>Reports facility status and capacity.</summary>
    public const string MedicalCoordinator = "MedicalCoordinator";

    /// <summary>Reads the picture, replays and writes after-action reports; changes nothing.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>Administers airspace, mission settings, the fleet and the Orleans dashboard.</summary>
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [DutyOfficer, MedicalCoordinator, Reviewer, Admin];
}
