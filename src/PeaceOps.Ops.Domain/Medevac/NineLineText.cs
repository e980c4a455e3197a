using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>
/// The 9-line as duty officers type it: one line per item, with or without "LINE n:", "n." or "n)"
/// prefixes, any case, extra spaces; "PATIENT n: ZAP ...; MECHANISM ...; ..." lines for ZMIST/ATMIST.
/// <see cref="Format"/> writes the canonical form, which <see cref="Parse"/> reads back to the same request.
/// </summary>
public static partial class NineLineText
{
    public static NineLineParseResult Parse(string? text)
    {
        var errors = new List<NineLineIssue>();
        var warnings = new List<NineLineIssue>();
        var lines = new string?[10];
        var patientTexts = new List<string>();
        var nextUnnumbered = 1;
        foreach (var raw in (text ?? string.Empty).Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim().ToUpperInvariant();
            if (line.Length == 0)
            {
                continue;
            }

            var patient = PatientPrefix().Match(line);
            if (patient.Success)
            {
                patientTexts.Add(patient.Groups["content"].Value);
                continue;
            }

            var prefix = LinePrefix().Match(line);
            int number;
            string content;
            if (prefix.Success)
            {
                number = prefix.Groups["n"].Value[0] - '0';
                content = prefix.Groups["content"].Value.Trim();
            }
            else
            {
                number = nextUnnumbered;
                content = line;
            }

            if (number > 9)
            {
                errors.Add(new NineLineIssue(0, "text", $"unexpected text after line 9: '{Shorten(line)}'"));
                continue;
            }

            if (lines[number] is not null)
            {
                errors.Add(new NineLineIssue(number, NineLineExpectations.FieldOf(number), $"line {number} is given twice"));
                continue;
            }

            lines[number] = content;
            nextUnnumbered = number + 1;
        }

        var pickup = Read(1, lines, errors, (string s, out string? p) => NineLineLineReaders.Location(s, out p));
        var radio = Read(2, lines, errors, (string s, out string? p) => NineLineLineReaders.Radio(s, out p));
        var precedence = Read(3, lines, errors, (string s, out string? p) => NineLineLineReaders.Precedence(s, out p));
        var equipment = Read(4, lines, errors, (string s, out string? p) => NineLineLineReaders.Equipment(s, out p));
        var patientTypes = Read(5, lines, errors, (string s, out string? p) => NineLineLineReaders.PatientTypes(s, out p));
        var security = ReadValue(6, lines, errors, (string s, out string? p) => NineLineLineReaders.Security(s, out p));
        var marking = Read(7, lines, errors, (string s, out string? p) => NineLineLineReaders.Marking(s, out p));
        NationalityCounts? nationality = null;
        if (lines[8] is { } line8)
        {
            nationality = NineLineLineReaders.Nationality(line8, precedence?.Total ?? 0, out var problem, out var warning);
            AddProblem(8, problem, errors);
            if (warning is not null)
            {
                warnings.Add(new NineLineIssue(8, "nationality", warning));
            }
        }

        var nbc = lines[9] is { } line9 ? NineLineLineReaders.NbcOrTerrain(line9) : null;
        var patients = new List<PatientHandover>();
        foreach (var patientText in patientTexts)
        {
            if (NineLineLineReaders.Patient(patientText, out var problem) is { } handover)
            {
                patients.Add(handover);
            }
            else
            {
                errors.Add(new NineLineIssue(0, $"patients[{patients.Count}]", problem!));
            }
        }

        for (var n = 1; n <= 5; n++)
        {
            if (lines[n] is null)
            {
                errors.Add(new NineLineIssue(n, NineLineExpectations.FieldOf(n), $"line {n} is missing: {NineLineExpectations.For(n)}"));
            }
        }

        if (errors.Count > 0)
        {
            return new NineLineParseResult(null, errors, warnings);
        }

        var request = new NineLineRequest(pickup!, radio!, precedence!, equipment!, patientTypes!, security, marking, nationality, nbc) { Patients = patients };
        var (checkErrors, checkWarnings) = NineLineValidator.Validate(request);
        warnings.AddRange(checkWarnings);
        return new NineLineParseResult(checkErrors.Count == 0 ? request : null, checkErrors, warnings);
    }

    /// <summary>The canonical text: "LINE n: ..." for every given line, then one "PATIENT n: ..." line per handover.</summary>
    public static string Format(NineLineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder();
        var p = request.Pickup;
        AppendLine(text, 1, p.Mgrs ?? string.Create(CultureInfo.InvariantCulture, $"{p.Lat:0.000000}, {p.Lon:0.000000}"));
        AppendLine(text, 2, $"{request.Radio.Frequency} {request.Radio.CallSign}{(request.Radio.Suffix is null ? string.Empty : " " + request.Radio.Suffix)}");
        var c = request.Precedence;
        AppendLine(text, 3, Counts(("A", c.Urgent), ("B", c.UrgentSurgical), ("C", c.Priority), ("D", c.Routine), ("E", c.Convenience)));
        var e = request.Equipment;
        AppendLine(text, 4, e == SpecialEquipment.None ? "A" : string.Join(' ', new[] { e.Hoist ? "B" : null, e.Extraction ? "C" : null, e.Ventilator ? "D" : null }.OfType<string>()));
        var t = request.PatientTypes;
        AppendLine(text, 5, Counts(("L", t.Litter), ("A", t.Ambulatory), ("E", t.Escort)));
        if (request.Security is { } security)
        {
            AppendLine(text, 6, FormatSecurity(security));
        }

        if (request.Marking is { } marking)
        {
            AppendLine(text, 7, FormatMarking(marking));
        }

        if (request.Nationality is { } n)
        {
            AppendLine(text, 8, FormatNationality(n));
        }

        if (request.NbcOrTerrain is { } nbc)
        {
            AppendLine(text, 9, nbc);
        }

        var number = 1;
        foreach (var h in request.Patients)
        {
            var fields = new[]
            {
                ("ZAP", h.Zap), ("AGE", h.Age), ("TIME", h.TimeOfInjury), ("MECHANISM", h.Mechanism),
                ("INJURIES", h.Injuries), ("SIGNS", h.Signs), ("TREATMENT", h.Treatment),
            };
            text.Append(CultureInfo.InvariantCulture, $"PATIENT {number++}: ")
                .AppendJoin("; ", fields.Where(f => f.Item2 is not null).Select(f => $"{f.Item1} {f.Item2}"))
                .Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Line 6 in canonical form: N, P, E or X.</summary>
    public static string FormatSecurity(PickupSecurity security) => security switch
    {
        PickupSecurity.NoEnemy => "N",
        PickupSecurity.PossibleEnemy => "P",
        PickupSecurity.EnemyInArea => "E",
        _ => "X",
    };

    /// <summary>Line 7 in canonical form: the method's letter, then any detail ("C GREEN").</summary>
    public static string FormatMarking(PickupMarking marking)
    {
        ArgumentNullException.ThrowIfNull(marking);
        var code = "ABCDE"[(int)marking.Method].ToString();
        return marking.Detail is null ? code : $"{code} {marking.Detail}";
    }

    /// <summary>Line 8 in canonical form: letters with counts, none that are zero ("A2 C1").</summary>
    public static string FormatNationality(NationalityCounts n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return Counts(("A", n.OwnMilitary), ("B", n.OwnCivilian), ("C", n.OtherMilitary), ("D", n.OtherCivilian), ("E", n.Detainee));
    }

    private delegate T? LineReader<T>(string text, out string? problem);

    private static T? Read<T>(int line, string?[] lines, List<NineLineIssue> errors, LineReader<T> reader)
        where T : class
    {
        if (lines[line] is not { } text)
        {
            return null;
        }

        var value = reader(text, out var problem);
        AddProblem(line, value is null ? problem ?? "could not be read" : null, errors);
        return value;
    }

    private static T? ReadValue<T>(int line, string?[] lines, List<NineLineIssue> errors, LineReader<T?> reader)
        where T : struct
    {
        if (lines[line] is not { } text)
        {
            return null;
        }

        var value = reader(text, out var problem);
        AddProblem(line, value is null ? problem ?? "could not be read" : null, errors);
        return value;
    }

    private static void AddProblem(int line, string? problem, List<NineLineIssue> errors)
    {
        if (problem is not null)
        {
            errors.Add(new NineLineIssue(line, NineLineExpectations.FieldOf(line), $"{problem}: {NineLineExpectations.For(line)}"));
        }
    }

    private static void AppendLine(StringBuilder text, int line, string content) =>
        text.Append(CultureInfo.InvariantCulture, $"LINE {line}: {content}\n");

    private static string Counts(params ReadOnlySpan<(string Letter, int Count)> counts)
    {
        var parts = new List<string>();
        foreach (var (letter, count) in counts)
        {
            if (count != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{letter}{count}"));
            }
        }

        return string.Join(' ', parts);
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "...";

    [GeneratedRegex(@"[\s\u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:LINE|LN)\s*(?<n>\d{1,2})\s*[:.)\-]?|(?<n>\d{1,2})\s*(?:[:)]|\.(?=\s|$)))\s*(?<content>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"^(?:PATIENT|PT|ZMIST|ATMIST)\s*\d*\s*[:.)\-]?\s*(?<content>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PatientPrefix();
}
