using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Replay.AfterAction;

namespace PeaceOps.Ops.Replay.Tests.Support;

/// <summary>Incidents with known times, so every figure of a report can be worked out by hand in the test.</summary>
internal static class Scripted
{
    public static readonly DateTimeOffset Day = new(2026, 3, 14, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int hour, int minute) => Day.AddHours(hour).AddMinutes(minute);

    public static TaskingOptionDto Option(int rank, string aircraft, string facility, DateTimeOffset facilityEta, params (string Code, ViolationSeverity Severity)[] violations) =>
        new(rank, aircraft, facility, violations.All(v => v.Severity != ViolationSeverity.Blocking),
            facilityEta.AddMinutes(-20), facilityEta, true, true, [], [],
            [.. violations.Select(v => new ViolationDto(v.Code, v.Severity, v.Code.ToLowerInvariant().Replace('_', ' ')))]);

    public static IncidentHistory Incident(
        string id = "inc-1",
        Precedence precedence = Precedence.UrgentSurgical,
        DateTimeOffset? injured = null,
        DateTimeOffset? reported = null,
        IncidentMilestones? milestones = null,
        TaskingDecision? decision = null,
        FacilityLevel? level = FacilityLevel.LevelII,
        IncidentStatus status = IncidentStatus.Closed) =>
        new(id, precedence, 2, new GeoPoint(14.9, -2.1), "30PXC0000000000", injured ?? At(10, 0), reported ?? At(10, 5), "duty",
            status, milestones ?? new IncidentMilestones(), decision, decision?.FacilityId, level, []);
}
