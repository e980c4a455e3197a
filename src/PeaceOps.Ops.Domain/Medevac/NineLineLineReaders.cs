using System.Globalization;
using System.Text.RegularExpressions;
using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>Reads the content of each line (already upper case, single-spaced); each returns null and a reason when it cannot.</summary>
internal static partial class NineLineLineReaders
{
    public static PickupLocation? Location(string text, out string? problem)
    {
        var degrees = Degrees().Match(text);
        if (degrees.Success)
        {
            var lat = double.Parse(degrees.Groups["lat"].Value, CultureInfo.InvariantCulture);
            var lon = double.Parse(degrees.Groups["lon"].Value, CultureInfo.InvariantCulture);
            if (degrees.Groups["ns"].Value == "S")
            {
                lat = -lat;
            }

            if (degrees.Groups["ew"].Value == "W")
            {
                lon = -lon;
            }

            if (lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                problem = $"latitude must be -90..90 and longitude -180..180 degrees, got {text}";
                return null;
            }

            problem = null;
            return PickupLocation.FromDegrees(lat, lon);
        }

        if (Mgrs.TryParse(text, out var grid, out var error))
        {
            problem = null;
            return PickupLocation.FromMgrs(grid);
        }

        problem = error!.Message;
        return null;
    }

    public static RadioContact? Radio(string text, out string? problem)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var frequency = tokens.Length > 0 ? tokens[0].Replace("MHZ", string.Empty, StringComparison.Ordinal) : string.Empty;
        var rest = tokens.Skip(1).Where(t => t != "MHZ").ToList();
        if (!Frequency().IsMatch(frequency))
        {
            problem = tokens.Length == 0 ? "nothing given" : $"'{tokens[0]}' is not a frequency";
            return null;
        }

        if (rest.Count == 0)
        {
            problem = "the call sign is missing";
            return null;
        }

        string? suffix = null;
        if (rest.Count > 1 && Suffix().IsMatch(rest[^1]))
        {
            suffix = rest[^1];
            rest.RemoveAt(rest.Count - 1);
        }

        problem = null;
        return new RadioContact(frequency, string.Join(' ', rest), suffix);
    }

    public static PrecedenceCounts? Precedence(string text, out string? problem)
    {
        Span<int> counts = stackalloc int[5];
        Span<bool> bare = stackalloc bool[5];
        if (!LetterCounts.TryRead(text, "ABCDE", counts, bare, out problem))
        {
            return null;
        }

        if (bare.Contains(true))
        {
            problem = "each precedence needs a number of patients";
            return null;
        }

        return new PrecedenceCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    public static SpecialEquipment? Equipment(string text, out string? problem)
    {
        bool none = false, hoist = false, extraction = false, ventilator = false;
        foreach (var token in text.Split([' ', ',', ';', '/', '+', '&'], StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "A" or "NONE":
                    none = true;
                    break;
                case "B" or "HOIST":
                    hoist = true;
                    break;
                case "C" or "EXTRACTION" or "EQUIPMENT":
                    extraction = true;
                    break;
                case "D" or "VENTILATOR" or "VENT":
                    ventilator = true;
                    break;
                default:
                    problem = $"'{token}' is not an equipment code";
                    return null;
            }
        }

        if (none && (hoist || extraction || ventilator))
        {
            problem = "A (none) cannot be combined with other equipment";
            return null;
        }

        if (!none && !hoist && !extraction && !ventilator)
        {
            problem = "nothing given";
            return null;
        }

        problem = null;
        return new SpecialEquipment(hoist, extraction, ventilator);
    }

    public static PatientTypeCounts? PatientTypes(string text, out string? problem)
    {
        Span<int> counts = stackalloc int[3];
        Span<bool> bare = stackalloc bool[3];
        if (!LetterCounts.TryRead(text, "LAE", counts, bare, out problem))
        {
            return null;
        }

        if (bare.Contains(true))
        {
            problem = "each patient type needs a number";
            return null;
        }

        return new PatientTypeCounts(counts[0], counts[1], counts[2]);
    }

    public static PickupSecurity? Security(string text, out string? problem)
    {
        problem = null;
        switch (text)
        {
            case "N" or "NO ENEMY":
                return PickupSecurity.NoEnemy;
            case "P" or "POSSIBLE ENEMY":
                return PickupSecurity.PossibleEnemy;
            case "E" or "ENEMY IN AREA":
                return PickupSecurity.EnemyInArea;
            case "X" or "ARMED ESCORT REQUIRED" or "ARMED ESCORT":
                return PickupSecurity.ArmedEscortRequired;
            default:
                problem = $"'{text}' is not a security code";
                return null;
        }
    }

    public static PickupMarking? Marking(string text, out string? problem)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var code = space < 0 ? text : text[..space];
        var detail = space < 0 ? null : text[(space + 1)..];
        MarkingMethod? method = code switch
        {
            "A" or "PANEL" or "PANELS" => MarkingMethod.Panels,
            "B" or "PYRO" or "PYROTECHNIC" or "PYROTECHNICS" => MarkingMethod.PyrotechnicSignal,
            "C" or "SMOKE" => MarkingMethod.Smoke,
            "D" or "NONE" => MarkingMethod.None,
            "E" or "OTHER" => MarkingMethod.Other,
            _ => null,
        };
        problem = method is null ? $"'{code}' is not a marking code" : null;
        return method is { } m ? new PickupMarking(m, detail) : null;
    }

    public static NationalityCounts? Nationality(string text, int patientsOnLine3, out string? problem, out string? warning)
    {
        warning = null;
        Span<int> counts = stackalloc int[5];
        Span<bool> bare = stackalloc bool[5];
        if (!LetterCounts.TryRead(text, "ABCDE", counts, bare, out problem))
        {
            return null;
        }

        var bareCount = 0;
        foreach (var b in bare)
        {
            bareCount += b ? 1 : 0;
        }

        if (bareCount > 0)
        {
            // A lone letter is common on the radio: it means every patient is of that status.
            if (bareCount > 1 || counts.IndexOfAnyExcept(0) >= 0 || patientsOnLine3 <= 0)
            {
                problem = "give a number of patients for each status";
                return null;
            }

            var index = bare.IndexOf(true);
            counts[index] = patientsOnLine3;
            warning = $"no count given: all {patientsOnLine3} patient(s) taken as {"ABCDE"[index]}";
        }

        return new NationalityCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    public static string NbcOrTerrain(string text) =>
        text is "NONE" or "NIL" or "N/A" or "NA" or "-" ? "NONE" : text;

    public static PatientHandover? Patient(string text, out string? problem)
    {
        string? zap = null, age = null, time = null, mechanism = null, injuries = null, signs = null, treatment = null;
        foreach (var part in text.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Field().Match(part);
            if (!match.Success)
            {
                problem = $"could not read '{part}': expected fields like ZAP AB1234; AGE 25; TIME 0930Z; MECHANISM GSW; INJURIES ...; SIGNS ...; TREATMENT ...";
                return null;
            }

            var value = match.Groups["value"].Value.Trim();
            switch (match.Groups["label"].Value)
            {
                case "ZAP" or "Z":
                    zap = value;
                    break;
                case "AGE" or "A":
                    age = value;
                    break;
                case "TIME":
                    time = value;
                    break;
                case "MECHANISM" or "MECH" or "M":
                    mechanism = value;
                    break;
                case "INJURIES" or "INJURY" or "INJ" or "I":
                    injuries = value;
                    break;
                case "SIGNS" or "S":
                    signs = value;
                    break;
                case "TREATMENT" or "TREAT" or "TX":
                    treatment = value;
                    break;
                case "T":
                    // ATMIST: the T before the mechanism is the time of injury, the one after the signs the treatment.
                    if (mechanism is null && time is null)
                    {
                        time = value;
                    }
                    else
                    {
                        treatment = value;
                    }

                    break;
            }
        }

        problem = null;
        return new PatientHandover(zap, age, time, mechanism, injuries, signs, treatment);
    }

    [GeneratedRegex(@"^(?<lat>\d{1,2}(?:\.\d+)?)\s*(?<ns>[NS])?\s*[, ]\s*(?<lon>\d{1,3}(?:\.\d+)?)\s*(?<ew>[EW])?$|^(?<lat>-?\d{1,2}(?:\.\d+)?)\s*[, ]\s*(?<lon>-?\d{1,3}(?:\.\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Degrees();

    [GeneratedRegex(@"^\d{1,4}(\.\d{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Frequency();

    [GeneratedRegex(@"^(?=.*\d)[A-Z0-9]{1,3}$|^[A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"^(?<label>ZAP|Z|AGE|A|TIME|MECHANISM|MECH|M|INJURIES|INJURY|INJ|I|SIGNS|S|TREATMENT|TREAT|TX|T)\s*[:=]?\s+(?<value>.+)$|^(?<label>ZAP|Z|AGE|A|TIME|MECHANISM|MECH|M|INJURIES|INJURY|INJ|I|SIGNS|S|TREATMENT|TREAT|TX|T)\s*[:=]\s*(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Field();
}
