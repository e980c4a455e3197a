using Orleans.Concurrency;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>
/// One CASEVAC incident (key: <see cref="IncidentIds.ForIdempotencyKey"/> of the reporting request, or any string id),
/// event-sourced: every change is an event in stream "incident-{id}". Until <see cref="Report"/> every other call answers
/// <see cref="EntityNotFoundException"/>. Invalid transitions: <see cref="CommandConflictException"/> naming the current state.
/// Invalid payloads: <see cref="CommandRejectedException"/>, with no event written.
/// </summary>
[Alias("peaceops.IIncidentGrain")]
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>Reports the incident. The same idempotency key again returns the same state; a second report with another key is a conflict.</summary>
    [Alias("Report")]
    Task<IncidentSnapshot> Report(ReportIncident command);

    [Alias("GetState")]
    Task<IncidentSnapshot> GetState();

    /// <summary>
    /// Ranked options, best first, computed now from the current aircraft, facility and mission state. The first call
    /// records an OptionsProposed event (status Reported → OptionsProposed); the list last shown is kept for the approval.
    /// </summary>
    [Alias("GetOptions")]
    Task<IReadOnlyList<TaskingOptionDto>> GetOptions();

    /// <summary>
    /// Tasks the chosen aircraft to the chosen facility. Conflict AIRCRAFT_NOT_AVAILABLE when the aircraft holds another
    /// tasking; rejected OVERRIDE_REASON_REQUIRED (field overrideReason) when the option has blocking violations and no reason;
    /// rejected NOT_AN_OPTION when the pair is not among the options.
    /// </summary>
    [Alias("ApproveTasking")]
    Task<IncidentSnapshot> ApproveTasking(ApproveTasking command);

    [Alias("Advance")]
    Task<IncidentSnapshot> Advance(AdvanceIncident command);

    /// <summary>The incident's recorded events in order (from the event log: global sequence, recorded time).</summary>
    [Alias("GetEvents")]
    Task<IReadOnlyList<IncidentEventRecord>> GetEvents();

    /// <summary>Raised by the mission or an aircraft when the chosen option is no longer sound. One-way: the flagger never waits on the incident.</summary>
    [Alias("FlagReplan")]
    [OneWay]
    Task FlagReplan(string reason, string cause, CommandContext context);
}
