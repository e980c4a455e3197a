using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Tasking;

namespace PeaceOps.Ops.Grains.Tasking;

/// <summary>
/// Asks the tasking engine for an incident's options using the live picture (aircraft, facilities, airspace, landing
/// sites, settings): one call to the picture grain gathers the whole situation.
/// </summary>
public sealed class OptionPlanner(TaskingEngine engine) : IOptionPlanner
{
    public IReadOnlyList<TaskingOptionDto> Plan(string incidentId, IncidentSnapshot incident, PictureSnapshot picture, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(picture);
        var request = RequestFor(incidentId, incident.NineLine, incident.InjuredAt, incident.ReportedAt);
        var situation = SituationFrom(picture, now);
        var result = engine.Evaluate(request, situation);
        if (!result.IsValid)
        {
            var error = result.Errors[0];
            throw new CommandRejectedException(error.Field, error.Message, "PLANNING_INPUT_INVALID");
        }

        return result.Options.Select(PlanningMapper.ToDto).ToArray();
    }

    /// <summary>The engine's request for a 9-line; shared with the after-action what-if so both read a report alike.</summary>
    public static TaskingRequest RequestFor(string incidentId, NineLine line, DateTimeOffset injuredAt, DateTimeOffset reportedAt)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new TaskingRequest(
            incidentId,
            new GeoPosition(line.PickupLat, line.PickupLon),
            new PrecedenceCounts(line.Patients.Urgent, line.Patients.UrgentSurgical, line.Patients.Priority, line.Patients.Routine, line.Patients.Convenience),
            line.Litter,
            line.Ambulatory,
            Equipment(line.SpecialEquipment),
            Security(line.Security),
            injuredAt,
            reportedAt,
            PickupName: $"Pickup {line.PickupMgrs}");
    }

    /// <summary>The engine's situation from a picture (live, or rebuilt from the log for a what-if), frozen at <paramref name="now"/>.</summary>
    public static TaskingSituation SituationFrom(PictureSnapshot picture, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return new TaskingSituation(
            now,
            picture.Aircraft.Select(PlanningMapper.ToPlanning).ToArray(),
            picture.Facilities.Select(PlanningMapper.ToPlanning).ToArray(),
            picture.Airspace.Select(PlanningMapper.ToPlanning).ToArray(),
            picture.LandingSites.Select(PlanningMapper.ToPlanning).ToArray(),
            PlanningMapper.ToPlanning(picture.Settings),
            Array.Empty<Planning.Airspace.ZoneClearance>());
    }

    public static SpecialEquipment Equipment(IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var equipment = SpecialEquipment.None;
        foreach (var code in codes)
        {
            equipment |= code.Trim().ToUpperInvariant() switch
            {
                "B" or "HOIST" => SpecialEquipment.Hoist,
                "C" or "EXTRACTION" or "EXTRACTIONEQUIPMENT" => SpecialEquipment.ExtractionEquipment,
                "D" or "VENTILATOR" => SpecialEquipment.Ventilator,
                _ => SpecialEquipment.None,
            };
        }

        return equipment;
    }

    // Line 6 in peacetime carries wounds, not security: anything but the wartime letters plans as no enemy.
    public static PickupSecurity Security(string code) => code?.Trim().ToUpperInvariant() switch
    {
        "P" => PickupSecurity.PossibleEnemy,
        "E" => PickupSecurity.EnemyInArea,
        "X" => PickupSecurity.EscortRequired,
        _ => PickupSecurity.NoEnemy,
    };
}
