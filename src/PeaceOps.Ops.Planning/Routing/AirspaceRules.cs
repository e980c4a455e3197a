using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Tasking;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// The incident-dependent part of the airspace: clearances held and the what-if in force. Answers what a zone
/// means at a given instant, so each leg is judged at the time it is flown.
/// </summary>
public sealed class AirspaceRules
{
    private readonly Dictionary<string, List<ZoneClearance>> _clearances = new(StringComparer.Ordinal);

    public AirspaceRules(MissionSettings settings, IReadOnlyList<ZoneClearance> clearances, WhatIf? whatIf = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clearances);
        Settings = settings;
        WhatIf = whatIf;
        foreach (var clearance in clearances)
        {
            if (!_clearances.TryGetValue(clearance.ZoneId, out var list))
            {
                _clearances[clearance.ZoneId] = list = [];
            }

            list.Add(clearance);
        }
    }

    public MissionSettings Settings { get; }

    public WhatIf? WhatIf { get; }

    public ZoneStance StanceAt(AirspaceZone zone, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.FloorFt > Settings.CruiseAltitudeFt || !zone.IsActiveAt(instant) || IsLifted(zone))
        {
            return ZoneStance.Free;
        }

        return zone.Kind switch
        {
            AirspaceZoneKind.Prohibited => ZoneStance.Prohibited,
            AirspaceZoneKind.Restricted when IsCleared(zone, instant) => ZoneStance.Free,
            AirspaceZoneKind.Restricted when zone.Clearance is { CasevacFastTrack: true } => ZoneStance.Approval,
            AirspaceZoneKind.Restricted => ZoneStance.Blocked,
            _ => Settings.DangerAndThreatZonesBlock ? ZoneStance.Blocked : ZoneStance.Approval,
        };
    }

    public bool IsCleared(AirspaceZone zone, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.Clearance?.ClearedUntil is { } until && instant < until)
        {
            return true;
        }

        if (!_clearances.TryGetValue(zone.Id, out var list))
        {
            return false;
        }

        // A loop, not Exists with a lambda: this runs for every zone on every route planned.
        foreach (var clearance in list)
        {
            if (clearance.Covers(instant))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Instants at which the zone's stance may change: window edges and clearance edges.</summary>
    internal IEnumerable<DateTimeOffset> ChangeInstants(AirspaceZone zone)
    {
        foreach (var window in zone.ActiveWindows)
        {
            yield return window.From;
            yield return window.To;
        }

        if (zone.Clearance?.ClearedUntil is { } until)
        {
            yield return until;
        }

        if (_clearances.TryGetValue(zone.Id, out var list))
        {
            foreach (var clearance in list)
            {
                yield return clearance.ValidFrom;
                yield return clearance.ValidUntil;
            }
        }
    }

    private bool IsLifted(AirspaceZone zone) =>
        WhatIf is { Kind: WhatIfKind.ZoneCleared } w && string.Equals(w.ZoneId, zone.Id, StringComparison.Ordinal);
}
