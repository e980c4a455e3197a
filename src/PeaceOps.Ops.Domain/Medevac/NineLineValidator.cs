using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>
/// Checks a 9-line however it arrived (text or JSON): ranges and required lines are errors; what a
/// duty officer should double-check (counts that disagree between lines, precedence E) are warnings.
/// </summary>
public static class NineLineValidator
{
    private const int MaximumCount = 999;

    public static (List<NineLineIssue> Errors, List<NineLineIssue> Warnings) Validate(NineLineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<NineLineIssue>();
        var warnings = new List<NineLineIssue>();
        CheckPickup(request.Pickup, errors);
        CheckRadio(request.Radio, errors);

        if (request.Precedence is not { } p)
        {
            errors.Add(Missing(3));
        }
        else if (!Counts(p.Urgent, p.UrgentSurgical, p.Priority, p.Routine, p.Convenience) || p.Total == 0)
        {
            errors.Add(new NineLineIssue(3, "precedence", $"{(p.Total == 0 ? "no patients given" : "counts must be 0 to 999")}: {NineLineExpectations.Precedence}"));
        }
        else if (p.Convenience > 0)
        {
            warnings.Add(new NineLineIssue(3, "precedence", "E (convenience) was deleted by NATO: accepted, but confirm the precedence with the requester"));
        }

        if (request.Equipment is null)
        {
            errors.Add(Missing(4));
        }

        if (request.PatientTypes is not { } t)
        {
            errors.Add(Missing(5));
        }
        else if (!Counts(t.Litter, t.Ambulatory, t.Escort) || t.Patients == 0)
        {
            errors.Add(new NineLineIssue(5, "patientTypes", $"{(t.Patients == 0 ? "no litter or ambulatory patients given" : "counts must be 0 to 999")}: {NineLineExpectations.PatientTypes}"));
        }
        else if (request.Precedence is { } pc && pc.Total != t.Patients)
        {
            warnings.Add(new NineLineIssue(5, "patientTypes", $"line 5 lists {t.Patients} patient(s) but line 3 lists {pc.Total}"));
        }

        if (request.Security is null)
        {
            warnings.Add(NotYetGiven(6));
        }
        else if (!Enum.IsDefined(request.Security.Value))
        {
            errors.Add(new NineLineIssue(6, "security", NineLineExpectations.Security));
        }

        if (request.Marking is null)
        {
            warnings.Add(NotYetGiven(7));
        }
        else if (!Enum.IsDefined(request.Marking.Method) || !IsSingleLine(request.Marking.Detail))
        {
            errors.Add(new NineLineIssue(7, "marking", NineLineExpectations.Marking));
        }

        if (request.Nationality is not { } n)
        {
            warnings.Add(NotYetGiven(8));
        }
        else if (!Counts(n.OwnMilitary, n.OwnCivilian, n.OtherMilitary, n.OtherCivilian, n.Detainee) || n.Total == 0)
        {
            errors.Add(new NineLineIssue(8, "nationality", NineLineExpectations.Nationality));
        }
        else if (request.Precedence is { } pn && pn.Total != n.Total)
        {
            warnings.Add(new NineLineIssue(8, "nationality", $"line 8 lists {n.Total} patient(s) but line 3 lists {pn.Total}"));
        }

        if (request.NbcOrTerrain is null)
        {
            warnings.Add(NotYetGiven(9));
        }
        else if (request.NbcOrTerrain.Trim().Length == 0 || !IsSingleLine(request.NbcOrTerrain))
        {
            errors.Add(new NineLineIssue(9, "nbcOrTerrain", NineLineExpectations.NbcOrTerrain + " (one line)"));
        }

        var patients = request.Patients ?? [];
        for (var i = 0; i < patients.Count; i++)
        {
            var h = patients[i];
            if (h is null || !new[] { h.Zap, h.Age, h.TimeOfInjury, h.Mechanism, h.Injuries, h.Signs, h.Treatment }.All(IsSingleLine))
            {
                errors.Add(new NineLineIssue(0, $"patients[{i}]", "handover fields must be single-line text without ';'"));
            }
        }

        return (errors, warnings);
    }

    private static void CheckPickup(PickupLocation? pickup, List<NineLineIssue> errors)
    {
        if (pickup is null)
        {
            errors.Add(Missing(1));
            return;
        }

        if (pickup.Mgrs is not null)
        {
            if (!Mgrs.TryParse(pickup.Mgrs, out _, out var error))
            {
                errors.Add(new NineLineIssue(1, "location", $"{error!.Message} ({NineLineExpectations.Location})"));
            }

            return;
        }

        if (!double.IsFinite(pickup.Lat) || pickup.Lat is < -90 or > 90 || !double.IsFinite(pickup.Lon) || pickup.Lon is < -180 or > 180)
        {
            errors.Add(new NineLineIssue(1, "location", $"latitude must be -90..90 and longitude -180..180 ({NineLineExpectations.Location})"));
        }
    }

    private static void CheckRadio(RadioContact? radio, List<NineLineIssue> errors)
    {
        if (radio is null)
        {
            errors.Add(Missing(2));
            return;
        }

        var reread = NineLineLineReaders.Radio(
            $"{radio.Frequency} {radio.CallSign} {radio.Suffix}".Trim().ToUpperInvariant(), out var problem);
        if (reread is null || reread != radio)
        {
            errors.Add(new NineLineIssue(2, "radio", $"{problem ?? "frequency, call sign or suffix is malformed"}: {NineLineExpectations.Radio}"));
        }
    }

    private static bool Counts(params ReadOnlySpan<int> counts)
    {
        foreach (var c in counts)
        {
            if (c is < 0 or > MaximumCount)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSingleLine(string? text) => text is null || (!text.Contains('\n', StringComparison.Ordinal) && !text.Contains('\r', StringComparison.Ordinal) && !text.Contains(';', StringComparison.Ordinal));

    private static NineLineIssue Missing(int line) =>
        new(line, NineLineExpectations.FieldOf(line), $"line {line} is missing: {NineLineExpectations.For(line)}");

    private static NineLineIssue NotYetGiven(int line) =>
        new(line, NineLineExpectations.FieldOf(line), $"line {line} not given yet");
}
