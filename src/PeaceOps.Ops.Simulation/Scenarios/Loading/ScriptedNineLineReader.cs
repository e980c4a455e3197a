using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>Reads the "nineLine" object of a scripted incident, checking each line as the duty officer's form would.</summary>
internal static class ScriptedNineLineReader
{
    public static ScriptedNineLine? Read(ScenarioItemReader incident, AreaBox? area, ScenarioErrors errors)
    {
        if (incident.Property("nineLine") is not { } value)
        {
            incident.Error("nineLine", "is required: the 9-line as an object (pickup, patients, litter, ambulatory, security, ...)");
            return null;
        }

        var reader = new ScenarioItemReader(value, incident.File, incident.Item + " nineLine", errors);
        if (!reader.IsObject)
        {
            return null;
        }

        var pickup = reader.RequiredPosition("pickup");
        if (pickup is { } p && area is not null && !area.Contains(p))
        {
            reader.Error("pickup", $"{p} is outside the mission area");
        }

        var frequency = reader.OptionalString("frequency") ?? "";
        var callSign = reader.RequiredString("callSign");
        var (urgent, surgical, priority, routine) = ReadPatients(reader, errors);
        var equipment = reader.StringArray("equipment");
        foreach (var unknown in equipment.Where(e => !ScriptedNineLine.EquipmentWords.Contains(e)))
        {
            reader.Error("equipment", $"'{unknown}' is not special equipment ({string.Join(", ", ScriptedNineLine.EquipmentWords)})");
        }

        var litter = reader.RequiredInteger("litter", 0, 100);
        var ambulatory = reader.RequiredInteger("ambulatory", 0, 100);
        var total = urgent + surgical + priority + routine;
        if (total == 0)
        {
            reader.Error("patients", "at least one patient is needed");
        }
        else if (litter + ambulatory != total)
        {
            reader.Error("litter", $"litter + ambulatory ({litter + ambulatory}) must equal the patients by precedence ({total})");
        }

        var security = reader.OptionalString("security") ?? "N";
        if (!ScriptedNineLine.SecurityLetters.Contains(security))
        {
            reader.Error("security", $"'{security}' is not a security letter (N, P, E, X)");
        }

        var marking = reader.OptionalString("marking") ?? "D";
        var nationality = reader.OptionalString("nationality") ?? "A";
        var terrain = reader.OptionalString("terrain") ?? "NONE";
        reader.RejectUnknownFields();
        return pickup is { } at
            ? new ScriptedNineLine(at, frequency, callSign, urgent, surgical, priority, routine, equipment, litter, ambulatory, security, marking, nationality, terrain)
            : null;
    }

    private static (int Urgent, int UrgentSurgical, int Priority, int Routine) ReadPatients(ScenarioItemReader nineLine, ScenarioErrors errors)
    {
        if (nineLine.Property("patients") is not { } value)
        {
            nineLine.Error("patients", "is required: {\"urgent\": 1, \"urgentSurgical\": 0, \"priority\": 0, \"routine\": 0}");
            return (0, 0, 0, 0);
        }

        var reader = new ScenarioItemReader(value, nineLine.File, nineLine.Item + " patients", errors);
        var result = (
            reader.OptionalInteger("urgent", 0, 100) ?? 0,
            reader.OptionalInteger("urgentSurgical", 0, 100) ?? 0,
            reader.OptionalInteger("priority", 0, 100) ?? 0,
            reader.OptionalInteger("routine", 0, 100) ?? 0);
        reader.RejectUnknownFields();
        return result;
    }
}
