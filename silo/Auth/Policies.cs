using Microsoft.AspNetCore.Authorization;

namespace PeaceOps.Ops.Silo.Auth;

/// <summary>
/// Named authorization policies. Every endpoint and hub method names one of these (or allows anonymous access
/// explicitly); the fallback policy only catches what someone forgot, and a test proves nothing relies on it.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user with a product role: the picture, incidents, reference utilities, the live stream.</summary>
    public const string ReadPicture = nameof(ReadPicture);

    /// <summary>Incidents and tasking (DutyOfficer).</summary>
    public const string Tasking = nameof(Tasking);

    /// <summary>Facility status and capacity (MedicalCoordinator, Admin).</summary>
    public const string FacilityStatus = nameof(FacilityStatus);

    /// <summary>Aircraft position reports: the fleet's trackers (Admin) and radio reports keyed in by the duty officer.</summary>
    public const string PositionReports = nameof(PositionReports);

    /// <summary>Airspace, mission settings, fleet, the Orleans dashboard (Admin).</summary>
    public const string Administration = nameof(Administration);

    /// <summary>Replay and after-action review (Reviewer, DutyOfficer, Admin).</summary>
    public const string Review = nameof(Review);

    public static AuthorizationBuilder AddPeaceOpsPolicies(this AuthorizationBuilder authorization) => authorization
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(ReadPicture, p => p.RequireAuthenticatedUser().RequireRole(Roles.All))
        .AddPolicy(Tasking, p => p.RequireAuthenticatedUser().RequireRole(Roles.DutyOfficer))
        .AddPolicy(FacilityStatus, p => p.RequireAuthenticatedUser().RequireRole(Roles.MedicalCoordinator, Roles.Admin))
        .AddPolicy(PositionReports, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.DutyOfficer))
        .AddPolicy(Administration, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
        .AddPolicy(Review, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer, Roles.DutyOfficer, Roles.Admin));
}
