using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Aircraft;

/// <summary>
/// One airframe (key: aircraft id). Until <see cref="Register"/> every other call answers <see cref="EntityNotFoundException"/>.
/// The grain is the arbiter of its own tasking: being single-threaded, it grants <see cref="AssignTasking"/> to exactly one incident.
/// </summary>
[Alias("peaceops.IAircraftGrain")]
public interface IAircraftGrain : IGrainWithStringKey
{
    /// <summary>Creates or reconfigures the airframe (scenario load). Re-registering the same profile has no effect.</summary>
    [Alias("Register")]
    Task<AircraftSnapshot> Register(AircraftProfile profile, CommandContext context);

    [Alias("GetSnapshot")]
    Task<AircraftSnapshot> GetSnapshot();

    /// <summary>Applies a batch in time order; repeats (by report id) and reports older than the last one are ignored.</summary>
    [Alias("ReportPositions")]
    Task<PositionReportResult> ReportPositions(IReadOnlyList<PositionReport> reports);

    /// <summary>
    /// Available, CrewRest or Unserviceable. Refused with a conflict while the aircraft holds a tasking, except Unserviceable,
    /// which also flags the incident for re-planning.
    /// </summary>
    [Alias("SetStatus")]
    Task<AircraftSnapshot> SetStatus(AircraftStatus status, string? note, CommandContext context);

    /// <summary>Grants the aircraft to an incident. Conflict (code AIRCRAFT_NOT_AVAILABLE) when it holds another tasking or is not available.</summary>
    [Alias("AssignTasking")]
    Task<AircraftSnapshot> AssignTasking(string incidentId, string facilityId, CommandContext context);

    /// <summary>The incident's lifecycle moves the aircraft: launched → OnMission; diverted changes the facility.</summary>
    [Alias("UpdateTasking")]
    Task<AircraftSnapshot> UpdateTasking(string incidentId, AircraftStatus status, string facilityId, CommandContext context);

    /// <summary>Ends the tasking (handover done, cancelled, aborted). <paramref name="returning"/>: the aircraft flies home first.</summary>
    [Alias("ReleaseTasking")]
    Task<AircraftSnapshot> ReleaseTasking(string incidentId, bool returning, CommandContext context);
}
