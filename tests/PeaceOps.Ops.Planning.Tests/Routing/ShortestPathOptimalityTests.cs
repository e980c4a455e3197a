using CsCheck;
using NetTopologySuite.Geometries;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Routing;

namespace PeaceOps.Ops.Planning.Tests.Routing;

/// <summary>
/// The reduced visibility graph (convex corners, tangent edges, STRtree-pruned tests) must give exactly the
/// shortest path a brute-force search finds over every corner and every pair, with NetTopologySuite deciding
/// visibility independently.
/// </summary>
public sealed class ShortestPathOptimalityTests
{
    private static readonly GeometryFactory Factory = new();

    [Fact]
    public void Shortest_path_equals_brute_force_on_small_random_cases()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var (polygons, a, b) = RandomCase(new Random(seed));
            var obstacles = polygons.Select((p, i) => new Obstacle(i, new PlaneRing(p), new PlaneRing(p))).ToList();
            var graph = new VisibilityGraph(obstacles);

            var path = graph.PathTo(graph.Solve(a), b);
            var expected = BruteForce(polygons, a, b);

            if (double.IsPositiveInfinity(expected))
            {
                path.Should().BeNull($"seed {seed}: brute force finds no path");
                return;
            }

            path.Should().NotBeNull($"seed {seed}: brute force finds {expected:F6}");
            Length(path!).Should().BeApproximately(expected, 1e-6 * Math.Max(1, expected), $"seed {seed}");
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void A_graph_filtered_from_the_airspace_lists_equals_the_one_built_geometrically()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var (polygons, a, b) = RandomCase(random);
            var all = polygons.Select((p, i) => new Obstacle(i, new PlaneRing(p), new PlaneRing(p))).ToList();
            var master = new VisibilityMaster(all);
            var subset = all.Where(_ => random.Next(4) > 0).ToList();

            var built = new VisibilityGraph(subset);
            var filtered = new VisibilityGraph(subset, master);

            filtered.NodeCount.Should().Be(built.NodeCount, $"seed {seed}");
            filtered.EdgeCount.Should().Be(built.EdgeCount, $"seed {seed}");
            var expected = built.PathTo(built.Solve(a), b);
            var actual = filtered.PathTo(filtered.Solve(a), b);
            if (expected is null)
            {
                actual.Should().BeNull($"seed {seed}");
                return;
            }

            actual.Should().Equal(expected, $"seed {seed}");
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void A_graph_derived_from_a_nearby_avoided_set_equals_the_one_filtered_afresh()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var (polygons, a, b) = RandomCase(random);
            var all = polygons.Select((p, i) => new Obstacle(i, new PlaneRing(p), new PlaneRing(p))).ToList();
            var master = new VisibilityMaster(all);
            var usual = all.Where(_ => random.Next(4) > 0).ToList();

            // Mostly the usual set minus zones a pickup sits in, sometimes with zones added; then a second step
            // derived from the derived graph, as the planner's cache chains them.
            List<Obstacle> Nearby(List<Obstacle> from) => [.. all.Where(o => from.Contains(o) ? random.Next(3) > 0 : random.Next(4) == 0)];
            var nearby = Nearby(usual);
            var further = Nearby(nearby);

            var derived = master.Derive(nearby, master.Filter(usual).Basis);
            var chained = master.Derive(further, derived.Basis);

            SameGraph(derived, master.Filter(nearby), seed);
            SameGraph(chained, master.Filter(further), seed);

            var built = new VisibilityGraph(nearby);
            var viaBasis = new VisibilityGraph(nearby, master, siteLinks: null, [master.Filter(usual).Basis]);
            viaBasis.NodeCount.Should().Be(built.NodeCount, $"seed {seed}");
            viaBasis.EdgeCount.Should().Be(built.EdgeCount, $"seed {seed}");
            var expected = built.PathTo(built.Solve(a), b);
            var actual = viaBasis.PathTo(viaBasis.Solve(a), b);
            if (expected is null)
            {
                actual.Should().BeNull($"seed {seed}");
                return;
            }

            actual.Should().Equal(expected, $"seed {seed}");
        }, iter: 500, threads: 1);

        static void SameGraph(FilteredGraph actual, FilteredGraph expected, int seed)
        {
            actual.Nodes.Should().Equal(expected.Nodes, $"seed {seed}");
            actual.EdgeStart.Should().Equal(expected.EdgeStart, $"seed {seed}");
            actual.EdgeTarget.Should().Equal(expected.EdgeTarget, $"seed {seed}");
            actual.EdgeLength.Should().Equal(expected.EdgeLength, $"seed {seed}");
            actual.GraphIndex.Should().Equal(expected.GraphIndex, $"seed {seed}");
            actual.SubsetSlot.Should().Equal(expected.SubsetSlot, $"seed {seed}");
            actual.Basis.Avoided.Should().Equal(expected.Basis.Avoided, $"seed {seed}");
            actual.Basis.UsablePairs.Should().Equal(expected.Basis.UsablePairs, $"seed {seed}");
        }
    }

    [Fact]
    public void A_search_from_inside_a_dropped_zone_equals_the_graph_of_the_smaller_set()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var (polygons, free, b) = RandomCase(random);
            var all = polygons.Select((p, i) => new Obstacle(i, new PlaneRing(p), new PlaneRing(p))).ToList();
            var master = new VisibilityMaster(all);
            var usual = all.Where(_ => random.Next(5) > 0).ToList();
            if (usual.Count == 0)
            {
                return;
            }

            // One zone dropped (an aircraft inside it), sometimes two; the start usually inside the first.
            var dropped = usual.Where(_ => random.Next(3) == 0).Append(usual[random.Next(usual.Count)]).Distinct().ToList();
            var smaller = usual.Except(dropped).ToList();
            var a = random.Next(4) > 0 ? PointInside(random, dropped[0].Raw) ?? free : free;

            var graph = new VisibilityGraph(smaller, master);
            var expected = graph.PathTo(graph.Solve(b), a);
            var actual = ZoneExitSearch.Path(master, new VisibilityGraph(usual, master), [.. dropped.Select(o => master.SlotOfZone(o.ZoneIndex))], b, a);

            if (expected is null)
            {
                actual.Should().BeNull($"seed {seed}");
                return;
            }

            actual.Should().Equal(expected, $"seed {seed}");
        }, iter: 500, threads: 1);

        static PlanePoint? PointInside(Random random, PlaneRing ring)
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var p = new PlanePoint(ring.MinX + (random.NextDouble() * (ring.MaxX - ring.MinX)), ring.MinY + (random.NextDouble() * (ring.MaxY - ring.MinY)));
                if (ring.StrictlyContains(p))
                {
                    return p;
                }
            }

            return null;
        }
    }

    [Fact]
    public void Returned_paths_never_enter_an_obstacle()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var (polygons, a, b) = RandomCase(new Random(seed));
            var graph = new VisibilityGraph(polygons.Select((p, i) => new Obstacle(i, new PlaneRing(p), new PlaneRing(p))).ToList());

            var path = graph.PathTo(graph.Solve(a), b);

            if (path is null)
            {
                return;
            }

            for (var i = 0; i + 1 < path.Count; i++)
            {
                foreach (var polygon in polygons)
                {
                    EntersInterior(polygon, path[i], path[i + 1]).Should().BeFalse($"seed {seed}, segment {i}");
                }
            }
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void Planner_routes_are_the_brute_force_optimum_whether_flown_straight_or_round()
    {
        // End to end through the planner (straight-line check first, graph only when the line is blocked), with no
        // margin so the obstacles are the zones themselves, against brute force on the planner's own plane.
        var settings = MissionSettings.Default with { ZoneMarginKm = 0 };
        var rules = new AirspaceRules(settings, []);
        var departAt = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var (polygons, a, b) = RandomCase(new Random(seed));
            if (polygons.Count == 0)
            {
                return;
            }

            // Plane kilometres as degrees near the equator, where the planner's projection is almost the identity.
            static GeoPosition Geo(PlanePoint p) => new(p.Y / 100, p.X / 100);
            var zones = polygons.Select((ring, i) => new AirspaceZone($"Z{i}", $"Zone {i}", AirspaceZoneKind.Prohibited, [.. ring.Select(Geo), Geo(ring[0])], 0, 10000, [])).ToList();
            var projection = LocalProjection.Around(zones.SelectMany(z => z.Boundary));
            var plane = zones.Select(z => z.Boundary.Take(z.Boundary.Count - 1).Select(projection.ToPlane).ToArray()).ToList();
            var from = Geo(a);
            var to = Geo(b);

            var route = RoutePlanner.Create(zones, settings).Plan(from, to, departAt, 200, rules);
            var expected = BruteForce(plane, projection.ToPlane(from), projection.ToPlane(to));

            if (double.IsPositiveInfinity(expected))
            {
                route.Found.Should().BeFalse($"seed {seed}: brute force finds no path");
                return;
            }

            route.Found.Should().BeTrue($"seed {seed}: brute force finds {expected:F3}");
            Length([.. route.Positions.Select(projection.ToPlane)]).Should().BeApproximately(expected, 1e-6 * Math.Max(1, expected), $"seed {seed}");
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void Links_of_a_fixed_site_filtered_from_the_airspace_lists_give_the_same_distances_and_paths()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var (polygons, a, b) = RandomCase(random);
            var all = polygons.Select((p, i) => new Obstacle(i, new PlaneRing(p), new PlaneRing(p))).ToList();
            var master = new VisibilityMaster(all);
            var subset = all.Where(_ => random.Next(4) > 0).ToList();
            var sites = new Dictionary<PlanePoint, SiteLinks> { [a] = master.SiteLinksFrom(a), [b] = master.SiteLinksFrom(b) };

            var geometric = new VisibilityGraph(subset, master);
            var anchored = new VisibilityGraph(subset, master, p => sites.GetValueOrDefault(p));

            var expectedField = geometric.Solve(a);
            var actualField = anchored.Solve(a);
            actualField.Distance.Should().Equal(expectedField.Distance, $"seed {seed}");
            var expected = geometric.PathTo(expectedField, b);
            var actual = anchored.PathTo(actualField, b);
            if (expected is null)
            {
                actual.Should().BeNull($"seed {seed}");
                return;
            }

            actual.Should().Equal(expected, $"seed {seed}");
        }, iter: 300, threads: 1);
    }

    private static (List<PlanePoint[]> Polygons, PlanePoint A, PlanePoint B) RandomCase(Random random)
    {
        var polygons = new List<PlanePoint[]>();
        var count = random.Next(1, 6);
        for (var k = 0; k < count; k++)
        {
            // Star-shaped around a centre with sorted angles: always a simple polygon, often non-convex.
            var cx = 10 + (random.NextDouble() * 80);
            var cy = 10 + (random.NextDouble() * 80);
            var radius = 4 + (random.NextDouble() * 14);
            var corners = random.Next(3, 8);
            var angles = Enumerable.Range(0, corners).Select(_ => random.NextDouble() * 2 * Math.PI).Order().ToArray();
            if (angles[^1] - angles[0] < Math.PI)
            {
                angles[^1] = angles[0] + Math.PI + 0.5;
            }

            var ring = angles.Select(t =>
            {
                var r = radius * (0.4 + (0.6 * random.NextDouble()));
                return new PlanePoint(Math.Round(cx + (r * Math.Cos(t)), 3), Math.Round(cy + (r * Math.Sin(t)), 3));
            }).ToArray();
            if (Polygon(ring).IsValid && Polygon(ring).Area > 1)
            {
                polygons.Add(ring);
            }
        }

        PlanePoint FreePoint()
        {
            while (true)
            {
                var p = new PlanePoint(Math.Round(random.NextDouble() * 100, 3), Math.Round(random.NextDouble() * 100, 3));
                if (polygons.All(poly => !Polygon(poly).Intersects(Factory.CreatePoint(new Coordinate(p.X, p.Y)))))
                {
                    return p;
                }
            }
        }

        return (polygons, FreePoint(), FreePoint());
    }

    private static double BruteForce(List<PlanePoint[]> polygons, PlanePoint a, PlanePoint b)
    {
        var nodes = new List<PlanePoint> { a, b };
        nodes.AddRange(polygons.SelectMany(p => p));
        var n = nodes.Count;
        var distance = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        var done = new bool[n];
        distance[0] = 0;
        for (var step = 0; step < n; step++)
        {
            var u = -1;
            for (var i = 0; i < n; i++)
            {
                if (!done[i] && (u < 0 || distance[i] < distance[u]))
                {
                    u = i;
                }
            }

            if (u < 0 || double.IsPositiveInfinity(distance[u]))
            {
                break;
            }

            done[u] = true;
            for (var v = 0; v < n; v++)
            {
                if (!done[v] && polygons.All(p => !EntersInterior(p, nodes[u], nodes[v])))
                {
                    distance[v] = Math.Min(distance[v], distance[u] + nodes[u].DistanceTo(nodes[v]));
                }
            }
        }

        return distance[1];
    }

    private static bool EntersInterior(PlanePoint[] polygon, PlanePoint p, PlanePoint q)
    {
        if (p == q)
        {
            return false;
        }

        var line = Factory.CreateLineString([new Coordinate(p.X, p.Y), new Coordinate(q.X, q.Y)]);
        return line.Relate(Polygon(polygon)).Matches("T********");
    }

    private static Polygon Polygon(PlanePoint[] ring) =>
        Factory.CreatePolygon(ring.Append(ring[0]).Select(p => new Coordinate(p.X, p.Y)).ToArray());

    private static double Length(List<PlanePoint> path)
    {
        var total = 0.0;
        for (var i = 0; i + 1 < path.Count; i++)
        {
            total += path[i].DistanceTo(path[i + 1]);
        }

        return total;
    }
}
