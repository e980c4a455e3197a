using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Buffer;
using NetTopologySuite.Simplify;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// Plans routes through one version of the mission's airspace. Everything that does not depend on the incident
/// (projection, buffered zones, visibility graphs per set of avoided zones, distance fields from fixed sites) is
/// computed once and kept; build a new planner only when the zones, the margin or the cruise altitude change.
/// Thread-safe.
/// </summary>
public sealed class RoutePlanner
{
    private const int MaxCachedGraphs = 16;
    private const int MaxCachedFields = 128;
    private const int MaxCachedSites = 1024;

    // Buffering slightly beyond the margin and simplifying by a tenth of it keeps every corner at least the
    // margin away from the zone while cutting the corner count (and the graph) several-fold.
    private const double BufferFactor = 1.13;
    private const double SimplifyFactor = 0.1;

    private readonly AirspaceZone[] _zones;
    private readonly Obstacle?[] _obstacles;
    private readonly IPreparedGeometry?[] _prepared;
    private readonly bool[] _timeVarying;
    private readonly STRtree<int> _rawIndex = new();
    private readonly LocalProjection _projection;
    private readonly GeometryFactory _factory = new();
    private readonly Dictionary<ZoneSet, GraphEntry> _graphs = [];
    private readonly Dictionary<ZoneSet, Lazy<GraphEntry>> _building = [];
    private readonly Lock _graphLock = new();
    private readonly Lazy<VisibilityMaster> _master;
    private readonly ObstacleGrid _grid;
    private readonly ConcurrentDictionary<PlanePoint, byte> _anchors = new();
    private readonly RecentCache<PlanePoint, SiteLinks> _siteLinks = new(MaxCachedSites);
    private long _useCounter;

    private RoutePlanner(IReadOnlyList<AirspaceZone> zones, MissionSettings settings)
    {
        _zones = [.. zones];
        Settings = settings;
        MarginMeters = settings.ZoneMarginKm * 1000;
        _projection = LocalProjection.Around(_zones.SelectMany(z => z.Boundary));
        _obstacles = new Obstacle?[_zones.Length];
        _prepared = new IPreparedGeometry?[_zones.Length];
        _timeVarying = new bool[_zones.Length];
        for (var i = 0; i < _zones.Length; i++)
        {
            var zone = _zones[i];
            _timeVarying[i] = zone.ActiveWindows.Count > 0 || zone.Kind == AirspaceZoneKind.Restricted;
            if (zone.FloorFt > settings.CruiseAltitudeFt)
            {
                continue;
            }

            var plane = zone.Boundary.Select(_projection.ToPlane).ToArray();
            var polygon = _factory.CreatePolygon(plane.Select(p => new Coordinate(p.X, p.Y)).ToArray());
            _prepared[i] = PreparedGeometryFactory.Prepare(polygon);
            _obstacles[i] = new Obstacle(i, new PlaneRing(plane), Buffer(polygon, MarginMeters));
            var raw = _obstacles[i]!.Raw;
            _rawIndex.Insert(new Envelope(raw.MinX, raw.MaxX, raw.MinY, raw.MaxY), i);
        }

        _rawIndex.Build();
        _grid = new ObstacleGrid([.. _obstacles.Select(o => o is null ? null : ((double, double, double, double)?)(o.Buffered.MinX, o.Buffered.MinY, o.Buffered.MaxX, o.Buffered.MaxY))]);
        _master = new(() => new VisibilityMaster([.. _obstacles.OfType<Obstacle>()]), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public MissionSettings Settings { get; }

    public double MarginMeters { get; }

    public IReadOnlyList<AirspaceZone> Zones => _zones;

    /// <summary>Builds the planner; the zones must have passed TaskingInputValidator.ValidateZones.</summary>
    public static RoutePlanner Create(IReadOnlyList<AirspaceZone> zones, MissionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(settings);
        return new RoutePlanner(zones, settings);
    }

    /// <summary>Zones (below cruise altitude) whose boundary holds the position, whatever their activity.</summary>
    public IReadOnlyList<AirspaceZone> ZonesContaining(GeoPosition position)
    {
        var point = _projection.ToPlane(position);
        var found = new List<AirspaceZone>();
        foreach (var index in _rawIndex.Query(new Envelope(point.X, point.X, point.Y, point.Y)))
        {
            if (_prepared[index]!.Contains(_factory.CreatePoint(new Coordinate(point.X, point.Y))))
            {
                found.Add(_zones[index]);
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return found;
    }

    /// <summary>
    /// Marks a fixed site (base, facility helipad) that many incidents route to or from: its links into the graph
    /// of any avoided set are then filtered from lists computed once, not found geometrically for each new set.
    /// </summary>
    internal void Anchor(GeoPosition site)
    {
        if (_anchors.Count < MaxCachedSites)
        {
            _anchors.TryAdd(_projection.ToPlane(site), 0);
        }
    }

    public PlannedRoute Plan(GeoPosition from, GeoPosition to, DateTimeOffset departAt, double speedKmh, AirspaceRules rules) =>
        Plan(from, to, departAt, speedKmh, rules, fieldAtDestination: false);

    /// <param name="fieldAtDestination">Run Dijkstra from the destination, when many legs share it (every aircraft flies to the one pickup).</param>
    internal PlannedRoute Plan(GeoPosition from, GeoPosition to, DateTimeOffset departAt, double speedKmh, AirspaceRules rules, bool fieldAtDestination)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(speedKmh);
        var a = _projection.ToPlane(from);
        var b = _projection.ToPlane(to);
        var metresPerSecond = speedKmh / 3.6;
        var unavoidable = EndpointZones(a, b);
        foreach (var tier in (ReadOnlySpan<ZoneStance>)[ZoneStance.Approval, ZoneStance.Blocked, ZoneStance.Prohibited])
        {
            var route = PlanAvoiding(tier, a, b, from, to, departAt, metresPerSecond, rules, unavoidable, fieldAtDestination);
            if (route is not null)
            {
                return route;
            }
        }

        return PlannedRoute.NotFound;
    }

    /// <summary>Number of nodes and edges in the graph of zones that are active and need something at that instant (for measurement).</summary>
    internal (int Nodes, int Edges) GraphSizeAt(DateTimeOffset instant, AirspaceRules rules)
    {
        var entry = Graph(InitialSet(ZoneStance.Approval, instant, rules, []));
        return (entry.Graph.NodeCount, entry.Graph.EdgeCount);
    }

    private PlannedRoute? PlanAvoiding(ZoneStance tier, PlanePoint a, PlanePoint b, GeoPosition from, GeoPosition to, DateTimeOffset departAt, double metresPerSecond, AirspaceRules rules, HashSet<int> unavoidable, bool fieldAtDestination)
    {
        var avoid = InitialSet(tier, departAt, rules, unavoidable);
        var startOnly = fieldAtDestination ? StartOnlyZones(a, b, tier, departAt, rules, unavoidable) : [];
        var fixedEndSet = !fieldAtDestination && IsShapedByDestination(a, b, unavoidable);

        // Zones that switch on (or lose their clearance) while the aircraft would be inside them join the
        // avoided set and the route is planned again; the set only grows, so this ends.
        for (var attempt = 0; attempt <= _zones.Length; attempt++)
        {
            var path = IsDirectFree(a, b, avoid, fieldAtDestination) ? [a, b] : GraphPath(a, b, avoid, fieldAtDestination, startOnly, fixedEndSet);

            if (path is null)
            {
                return null;
            }

            var timed = TimedPath.Create(path, _projection, from, to, departAt, metresPerSecond);
            var late = FirstLateConflict(timed, avoid, tier, rules, unavoidable);
            if (late < 0)
            {
                return new PlannedRoute(true, timed.Positions, timed.TotalMeters, timed.Duration, Crossings(timed, rules));
            }

            avoid = avoid.With(late);
        }

        return null;
    }

    /// <summary>
    /// Whether the straight line is clear of every avoided zone, judged exactly as the graph judges it (the margin of a
    /// zone that holds an end may be crossed, the zone itself not). Then it is the shortest path and neither a graph
    /// for the avoided set nor a Dijkstra run is needed: most short legs, and the one leg of each aircraft that
    /// starts inside a zone (its own avoided set) are decided here.
    /// </summary>
    private bool IsDirectFree(PlanePoint a, PlanePoint b, ZoneSet avoid, bool fromDestination)
    {
        // Walked from the end the graph would search from, so the segment is tested in the same direction.
        var check = new DirectCheck(_obstacles, avoid, fromDestination ? b : a, fromDestination ? a : b);
        return !_grid.Any(check.From, check.To, ref check);
    }

    /// <param name="fixedEndSet">The avoided set differs from the shared one only by zones holding a fixed destination.</param>
    private List<PlanePoint>? GraphPath(PlanePoint a, PlanePoint b, ZoneSet avoid, bool fieldAtDestination, int[] startOnly, bool fixedEndSet)
    {
        // A start inside a zone gives this one leg its own avoided set: search the shared set's graph without that
        // zone rather than build a graph (and a full Dijkstra) that no other leg will use.
        if (startOnly.Length > 0 && !IsCached(avoid))
        {
            var shared = avoid;
            var dropped = new int[startOnly.Length];
            for (var i = 0; i < startOnly.Length; i++)
            {
                shared = shared.With(startOnly[i]);
                dropped[i] = _master.Value.SlotOfZone(startOnly[i]);
            }

            var exit = ZoneExitSearch.Path(_master.Value, Graph(shared).Graph, dropped, b, a);
            exit?.Reverse();
            return exit;
        }

        // A facility helipad inside a zone gives the legs to it a set of their own: with no field at either end,
        // Dijkstra runs from the helipad, and that field serves every later incident; one from the pickup would
        // serve this leg only. A set shaped by the pickup (inside a zone) is shared by every facility's leg, so
        // there the pickup's field serves them all.
        var entry = Graph(avoid);
        var reversed = fieldAtDestination || (!entry.HasField(a) && (entry.HasField(b) || fixedEndSet));
        var path = reversed ? entry.Graph.PathTo(entry.Field(b), a) : entry.Graph.PathTo(entry.Field(a), b);
        if (reversed)
        {
            path?.Reverse();
        }

        return path;
    }

    /// <summary>
    /// Zones that hold the start but not the destination and would otherwise be avoided at this tier: the leg may
    /// cross them, so its avoided set is the shared one minus these.
    /// </summary>
    private int[] StartOnlyZones(PlanePoint a, PlanePoint b, ZoneStance tier, DateTimeOffset departAt, AirspaceRules rules, HashSet<int> unavoidable)
    {
        List<int>? zones = null;
        foreach (var index in unavoidable)
        {
            var raw = _obstacles[index]!.Raw;
            if (raw.StrictlyContains(a) && !raw.StrictlyContains(b) && rules.StanceAt(_zones[index], departAt) >= tier)
            {
                (zones ??= []).Add(index);
            }
        }

        if (zones is null)
        {
            return [];
        }

        zones.Sort();
        return [.. zones];
    }

    /// <summary>Whether the leg's own avoided set comes from zones holding a fixed destination and none holding the start.</summary>
    private bool IsShapedByDestination(PlanePoint a, PlanePoint b, HashSet<int> unavoidable)
    {
        if (unavoidable.Count == 0 || !_anchors.ContainsKey(b) || _anchors.ContainsKey(a))
        {
            return false;
        }

        foreach (var index in unavoidable)
        {
            if (_obstacles[index]!.Raw.StrictlyContains(a))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsCached(ZoneSet set)
    {
        lock (_graphLock)
        {
            return _graphs.ContainsKey(set);
        }
    }

    private ZoneSet InitialSet(ZoneStance tier, DateTimeOffset departAt, AirspaceRules rules, HashSet<int> unavoidable)
    {
        var set = new ZoneSet(_zones.Length);
        for (var i = 0; i < _zones.Length; i++)
        {
            if (_obstacles[i] is not null && !unavoidable.Contains(i) && rules.StanceAt(_zones[i], departAt) >= tier)
            {
                set.Add(i);
            }
        }

        return set;
    }

    private int FirstLateConflict(TimedPath timed, ZoneSet avoid, ZoneStance tier, AirspaceRules rules, HashSet<int> unavoidable)
    {
        var intervals = new List<(double From, double To)>();
        var inside = new List<(DateTimeOffset Enters, DateTimeOffset Leaves)>();
        for (var i = 0; i < _zones.Length; i++)
        {
            var obstacle = _obstacles[i];
            if (obstacle is null || !_timeVarying[i] || avoid.Contains(i) || unavoidable.Contains(i))
            {
                continue;
            }

            timed.TimesInside(obstacle.Buffered, intervals, inside);
            foreach (var (enters, leaves) in inside)
            {
                if (MostRestrictive(_zones[i], enters, leaves, rules) >= tier)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private List<ZoneCrossing> Crossings(TimedPath timed, AirspaceRules rules)
    {
        var crossings = new List<ZoneCrossing>();
        var intervals = new List<(double From, double To)>();
        var inside = new List<(DateTimeOffset Enters, DateTimeOffset Leaves)>();
        var candidates = new SortedSet<int>();
        for (var s = 0; s + 1 < timed.Plane.Count; s++)
        {
            var p = timed.Plane[s];
            var q = timed.Plane[s + 1];
            foreach (var index in _rawIndex.Query(new Envelope(Math.Min(p.X, q.X), Math.Max(p.X, q.X), Math.Min(p.Y, q.Y), Math.Max(p.Y, q.Y))))
            {
                candidates.Add(index);
            }
        }

        foreach (var index in candidates)
        {
            var zone = _zones[index];
            timed.TimesInside(_obstacles[index]!.Raw, intervals, inside);
            foreach (var (enters, leaves) in inside)
            {
                var stance = MostRestrictive(zone, enters, leaves, rules);
                if (stance > ZoneStance.Free)
                {
                    crossings.Add(new ZoneCrossing(zone.Id, zone.Name, zone.Kind, enters, leaves, stance));
                }
            }
        }

        crossings.Sort((x, y) => x.EntersAt != y.EntersAt ? x.EntersAt.CompareTo(y.EntersAt) : string.CompareOrdinal(x.ZoneId, y.ZoneId));
        return crossings;
    }

    private static ZoneStance MostRestrictive(AirspaceZone zone, DateTimeOffset from, DateTimeOffset to, AirspaceRules rules)
    {
        var stance = rules.StanceAt(zone, from);
        foreach (var instant in rules.ChangeInstants(zone))
        {
            if (instant > from && instant <= to)
            {
                var at = rules.StanceAt(zone, instant);
                if (at > stance)
                {
                    stance = at;
                }
            }
        }

        return stance;
    }

    private HashSet<int> EndpointZones(PlanePoint a, PlanePoint b)
    {
        var inside = new HashSet<int>();
        foreach (var point in (ReadOnlySpan<PlanePoint>)[a, b])
        {
            foreach (var index in _rawIndex.Query(new Envelope(point.X, point.X, point.Y, point.Y)))
            {
                if (_obstacles[index]!.Raw.StrictlyContains(point))
                {
                    inside.Add(index);
                }
            }
        }

        return inside;
    }

    private GraphEntry Graph(ZoneSet set)
    {
        Lazy<GraphEntry>? pending;
        lock (_graphLock)
        {
            if (_graphs.TryGetValue(set, out var cached))
            {
                cached.LastUsed = ++_useCounter;
                return cached;
            }

            // A set being built by another thread (aircraft evaluated in parallel all want the pickup's set at
            // once) is waited for, not built twice.
            if (!_building.TryGetValue(set, out pending))
            {
                // A new set usually differs from a cached one by the zone a pickup sits in; the master derives from
                // the cheapest of these, or scans every pair when none is close.
                FilterBasis[] bases = [.. _graphs.Values.Select(g => g.Graph.Basis).OfType<FilterBasis>()];
                pending = new Lazy<GraphEntry>(() => Build(set, bases), LazyThreadSafetyMode.ExecutionAndPublication);
                _building[set] = pending;
            }
        }

        // Built outside the lock, so incidents on other sets do not wait behind it.
        GraphEntry entry;
        try
        {
            entry = pending.Value;
        }
        catch
        {
            lock (_graphLock)
            {
                _building.Remove(set);
            }

            throw;
        }

        lock (_graphLock)
        {
            if (_building.Remove(set))
            {
                if (_graphs.Count >= MaxCachedGraphs)
                {
                    var oldest = _graphs.MinBy(kv => kv.Value.LastUsed).Key;
                    _graphs.Remove(oldest);
                }

                _graphs[set] = entry;
            }

            entry.LastUsed = ++_useCounter;
        }

        return entry;
    }

    private GraphEntry Build(ZoneSet set, FilterBasis[] bases)
    {
        var obstacles = new List<Obstacle>();
        for (var i = 0; i < _zones.Length; i++)
        {
            if (set.Contains(i) && _obstacles[i] is { } obstacle)
            {
                obstacles.Add(obstacle);
            }
        }

        return new GraphEntry(new VisibilityGraph(obstacles, _master.Value, SiteLinksOf, bases));
    }

    private SiteLinks? SiteLinksOf(PlanePoint point)
    {
        if (!_anchors.ContainsKey(point))
        {
            return null;
        }

        if (!_siteLinks.TryGet(point, out var links))
        {
            links = _master.Value.SiteLinksFrom(point);
            _siteLinks.Set(point, links);
        }

        return links;
    }

    private PlaneRing Buffer(Polygon polygon, double margin)
    {
        if (margin <= 0)
        {
            return RingOf(polygon);
        }

        var parameters = new BufferParameters { QuadrantSegments = 4, JoinStyle = JoinStyle.Round };
        var buffered = BufferOp.Buffer(polygon, margin * BufferFactor, parameters);
        var simplified = DouglasPeuckerSimplifier.Simplify(buffered, margin * SimplifyFactor);
        var chosen = simplified is Polygon { IsEmpty: false } p && p.Contains(polygon) ? p : (Polygon)buffered;

        // A buffer can close a bay into a hole; the hole is unreachable without crossing the margin, so fill it.
        return RingOf(_factory.CreatePolygon(chosen.Shell.Coordinates));
    }

    private static PlaneRing RingOf(Polygon polygon) =>
        new(polygon.Shell.Coordinates.Select(c => new PlanePoint(c.X, c.Y)).ToArray());

    private readonly struct DirectCheck(Obstacle?[] obstacles, ZoneSet avoid, PlanePoint from, PlanePoint to) : ObstacleGrid.ISlotTest
    {
        public PlanePoint From => from;

        public PlanePoint To => to;

        public bool Holds(int slot)
        {
            if (!avoid.Contains(slot) || obstacles[slot] is not { } obstacle)
            {
                return false;
            }

            var escaping = obstacle.Buffered.StrictlyContains(from) || obstacle.Buffered.StrictlyContains(to);
            return (escaping ? obstacle.Raw : obstacle.Buffered).IntersectsInterior(from, to);
        }
    }

    private sealed class GraphEntry(VisibilityGraph graph)
    {
        // Lazy: when aircraft are evaluated in parallel, every thread's first leg wants the pickup's field at once;
        // one Dijkstra runs and the others wait for it instead of repeating it.
        private readonly RecentCache<PlanePoint, Lazy<DistanceField>> _fields = new(MaxCachedFields);

        public VisibilityGraph Graph { get; } = graph;

        public long LastUsed { get; set; }

        public bool HasField(PlanePoint source) => _fields.ContainsKey(source);

        public DistanceField Field(PlanePoint source) =>
            _fields.GetOrAdd(source, s => new Lazy<DistanceField>(() => Graph.Solve(s), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
