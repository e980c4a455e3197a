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
        var line = incident.NineLine;
        var request = new TaskingRequest(
            incidentId,
            new GeoPosition(line.PickupLat, line.PickupLon),
            new PrecedenceCounts(line.Patients.Urgent, line.Patients.UrgentSurgical, line.Patients.Priority, line.Patients.Routine, line.Patients.Convenience),
            line.Litter,
            line.Ambulatory,
            Equipment(line.SpecialEquipment),
            Security(line.Security),
            incident.InjuredAt,
            incident.ReportedAt,
            PickupName: $"Pickup {line.PickupMgrs}");
        var situation = new TaskingSituation(
            now,
            picture.Aircraft.Select(PlanningMapper.ToPlanning).ToArray(),
            picture.Facilities.Select(PlanningMapper.ToPlanning).ToArray(),
            picture.Airspace.Select(PlanningMapper.ToPlanning).ToArray(),
            picture.LandingSites.Select(PlanningMapper.ToPlanning).ToArray(),
            PlanningMapper.ToPlanning(picture.Settings),
            Array.Empty<Planning.Airspace.ZoneClearance>());
        var result = engine.Evaluate(request, situation);
        if (!result.IsValid)
        {
            var error = result.Errors[0];
            throw new CommandRejectedException(error.Field, error.Message, "PLANNING_INPUT_INVALID");
        }

        return result.Options.Select(PlanningMapper.ToDto).ToArray();
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
