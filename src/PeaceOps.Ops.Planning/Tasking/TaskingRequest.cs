using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>What the engine needs from a 9-line request to plan the lift.</summary>
/// <param name="InjuredAt">Starts the 10-1-2 clocks; when unknown the first report starts them.</param>
/// <param name="PickupNightCapable">False when the pickup site is reported unusable by night (obstacles, no marking).</param>
public sealed record TaskingRequest(
    string IncidentId,
    GeoPosition Pickup,
    PrecedenceCounts Precedence,
    int LitterPatients,
    int AmbulatoryPatients,
    SpecialEquipment Equipment,
    PickupSecurity Security,
    DateTimeOffset? InjuredAt,
    DateTimeOffset ReportedAt,
    bool PickupNightCapable = true,
    string PickupName = "Pickup")
{
    public DateTimeOffset ClockStart => InjuredAt ?? ReportedAt;

    /// <summary>Advanced resuscitation should begin within 1 hour of injury (AJP-4.10 10-1-2).</summary>
    public DateTimeOffset ResuscitationDueAt => ClockStart.AddHours(1);

    /// <summary>Damage-control surgery should begin within 2 hours of injury.</summary>
    public DateTimeOffset SurgeryDueAt => ClockStart.AddHours(2);

    public bool NeedsSurgery => Precedence.UrgentSurgical > 0;
}
