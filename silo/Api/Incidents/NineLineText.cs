using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Medevac;
using PeaceOps.Ops.Silo.Api.Problems;
using DomainNineLineText = PeaceOps.Ops.Domain.Medevac.NineLineText;

namespace PeaceOps.Ops.Silo.Api.Incidents;

/// <summary>
/// Reads a 9-line typed as text (one line per item, <c>LINE n:</c> or <c>n.</c> prefixes allowed) with the domain's parser
/// and turns it into the contract's <see cref="NineLine"/>. Each invalid line is reported as its own field
/// (<c>nineLineText.line3.precedence</c>) with what was expected, so the duty officer fixes that line and nothing else.
/// </summary>
public sealed class NineLineText
{
    public const string Field = "nineLineText";

    public NineLine? Read(string text, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = DomainNineLineText.Parse(text);
        if (!result.IsValid)
        {
            foreach (var issue in result.Errors)
            {
                errors.Add($"{Field}.{issue.Key}", issue.Message);
            }

            if (result.Errors.Count == 0)
            {
                errors.Add(Field, "could not be read as a 9-line.");
            }

            return null;
        }

        return ToContract(result.Request!);
    }

    /// <summary>The parsed request in the contract's normalised words and letters (see <see cref="NineLine"/>).</summary>
    public static NineLine ToContract(NineLineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pickup = request.Pickup;
        var mgrs = pickup.Mgrs ?? (Mgrs.TryFormat(pickup.Position, 5, out var grid, out _) ? grid : string.Empty);
        var radio = request.Radio.Suffix is null ? request.Radio.CallSign : $"{request.Radio.CallSign} {request.Radio.Suffix}";
        var c = request.Precedence;
        var t = request.PatientTypes;
        return new NineLine(
            pickup.Lat,
            pickup.Lon,
            mgrs,
            request.Radio.Frequency,
            radio,
            new PatientsByPrecedence(c.Urgent, c.UrgentSurgical, c.Priority, c.Routine, c.Convenience),
            Equipment(request.Equipment),
            t.Litter,
            t.Ambulatory,
            // Line 6 not yet passed plans as "no enemy", as the contract says; the record keeps what was sent.
            request.Security is { } security ? DomainNineLineText.FormatSecurity(security) : "N",
            request.Marking is null ? string.Empty : DomainNineLineText.FormatMarking(request.Marking),
            request.Nationality is null ? string.Empty : DomainNineLineText.FormatNationality(request.Nationality),
            request.NbcOrTerrain ?? string.Empty,
            t.Escort);
    }

    private static string[] Equipment(SpecialEquipment equipment) =>
        new[] { equipment.Hoist ? "hoist" : null, equipment.Extraction ? "extraction" : null, equipment.Ventilator ? "ventilator" : null }
            .OfType<string>()
            .ToArray();
}
