using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Grains.Incidents;

/// <summary>The grain's own check of a report, so that no path (API, simulator, replay tool) can write a bad incident.</summary>
internal static class NineLineValidator
{
    // A report may carry an injury time a little ahead of the grain's clock (radio clocks drift), never hours ahead.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static void Validate(ReportIncident command, DateTimeOffset now)
    {
        Validation.Require(command is not null, "nineLine", "The report is required.");
        Validation.RequireContext(command!.Context);
        var line = command.NineLine;
        Validation.Require(line is not null, "nineLine", "The 9-line is required.");
        Validation.RequireLatLon(line!.PickupLat, line.PickupLon, "nineLine.pickup.");
        Validation.Require(line.PickupMgrs is not null && line.PickupMgrs.Length <= 32, "nineLine.pickup.mgrs", "The pickup MGRS is too long.");
        Validation.Require(line.CallSign is not null && line.CallSign.Length <= 64, "nineLine.callSign", "The call sign is too long.");
        Validation.Require(line.Patients is not null, "nineLine.patients", "Line 3 (patients by precedence) is required.");
        var p = line.Patients!;
        Validation.Require(p.Urgent >= 0 && p.UrgentSurgical >= 0 && p.Priority >= 0 && p.Routine >= 0 && p.Convenience >= 0, "nineLine.patients", "Patient counts cannot be negative.");
        Validation.Require(p.Total > 0, "nineLine.patients", "Line 3 names no patient.");
        Validation.Require(line.Litter >= 0 && line.Ambulatory >= 0 && line.Escort >= 0, "nineLine.litter", "Patient counts cannot be negative.");
        Validation.Require(line.Litter + line.Ambulatory > 0, "nineLine.litter", "Line 5 names no patient.");
        Validation.Require(line.SpecialEquipment is not null, "nineLine.specialEquipment", "Line 4 is required (empty for none).");
        if (command.InjuredAt is { } injuredAt)
        {
            Validation.Require(injuredAt <= now + ClockSkew, "injuredAt", "The injury time is in the future.");
            Validation.Require(injuredAt >= now.AddDays(-7), "injuredAt", "The injury time is more than 7 days ago.");
        }
    }
}
