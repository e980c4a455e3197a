using System.Globalization;
using System.Text;
using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Grains.Incidents;

/// <summary>
/// What a duty officer would notice changing in a ranked option list: order, aircraft, destination, feasibility,
/// ETAs to the minute, the clock verdicts and the violations. "Options updated" is announced only when this
/// changes; announcing every read made each dashboard's re-read announce again, a loop between the clients.
/// </summary>
internal static class OptionsFingerprint
{
    public static string Of(IReadOnlyList<TaskingOptionDto> options)
    {
        var text = new StringBuilder();
        foreach (var o in options)
        {
            text.Append(CultureInfo.InvariantCulture, $"{o.Rank}|{o.AircraftId}|{o.FacilityId}|{o.Feasible}|{Minute(o.PickupEta)}|{Minute(o.FacilityEta)}|{o.MeetsResuscitation}|{o.MeetsSurgery}");
            foreach (var v in o.Violations)
            {
                text.Append('|').Append(v.Code).Append(':').Append(v.Severity);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static long Minute(DateTimeOffset at) => at.ToUnixTimeSeconds() / 60;
}
