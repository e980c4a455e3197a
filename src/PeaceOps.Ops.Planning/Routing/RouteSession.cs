using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// Routes for one evaluation. Sixty aircraft fly the same pickup-to-facility legs at different times; a route
/// planned for one departure serves another, shifted in time, when no zone changes state (window edge, clearance
/// edge) between the two departures and the later arrival. Thread-safe: aircraft may be evaluated in parallel;
/// planning runs outside the lock, so two threads may plan the same leg once each, with the same result.
/// </summary>
internal sealed class RouteSession(RoutePlanner planner, AirspaceRules rules)
{
    private readonly Dictionary<(GeoPosition From, GeoPosition To, double Speed), List<(DateTimeOffset DepartAt, PlannedRoute Route)>> _memo = [];
    private readonly Lock _lock = new();
    private readonly DateTimeOffset[] _changes = [.. planner.Zones.SelectMany(rules.ChangeInstants).Distinct().Order()];

    public RoutePlanner Planner { get; } = planner;

    public AirspaceRules Rules { get; } = rules;

    public PlannedRoute Plan(GeoPosition from, GeoPosition to, DateTimeOffset departAt, double speedKmh, bool fieldAtDestination)
    {
        var key = (from, to, speedKmh);
        lock (_lock)
        {
            if (_memo.TryGetValue(key, out var known))
            {
                foreach (var (knownDepart, route) in known)
                {
                    var earliest = knownDepart < departAt ? knownDepart : departAt;
                    var latest = (knownDepart > departAt ? knownDepart : departAt) + route.Duration;
                    if (!ChangesBetween(earliest, latest))
                    {
                        return Shift(route, departAt - knownDepart);
                    }
                }
            }
        }

        var planned = Planner.Plan(from, to, departAt, speedKmh, Rules, fieldAtDestination);
        lock (_lock)
        {
            if (!_memo.TryGetValue(key, out var known))
            {
                _memo[key] = known = [];
            }

            known.Add((departAt, planned));
        }

        return planned;
    }

    private bool ChangesBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var index = Array.BinarySearch(_changes, from);
        if (index < 0)
        {
            index = ~index;
        }

        return index < _changes.Length && _changes[index] <= to;
    }

    private static PlannedRoute Shift(PlannedRoute route, TimeSpan by) =>
        by == TimeSpan.Zero || route.Crossings.Count == 0
            ? route
            : route with { Crossings = [.. route.Crossings.Select(c => c with { EntersAt = c.EntersAt + by, LeavesAt = c.LeavesAt + by })] };
}
