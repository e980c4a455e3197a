using System.Text.Json;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Tasking;

/// <summary>
/// An engine may evaluate an incident's aircraft on several threads. The answer must not depend on it: the same
/// options in the same order with the same sentences, byte for byte, as the single-threaded engine gives.
/// </summary>
public sealed class ParallelEvaluationTests
{
    [Fact]
    public void Aircraft_evaluated_in_parallel_give_exactly_the_single_threaded_result()
    {
        var single = new TaskingEngine();
        var parallel = new TaskingEngine(maxDegreeOfParallelism: 4);
        for (var seed = 0; seed < 10; seed++)
        {
            var (request, situation) = Incident(new Random(seed));

            var expected = single.Evaluate(request, situation);
            var actual = parallel.Evaluate(request, situation);

            expected.Options.Should().HaveCount(situation.Aircraft.Count * situation.Facilities.Count);
            JsonSerializer.Serialize(actual).Should().Be(JsonSerializer.Serialize(expected), $"seed {seed}");
        }
    }

    [Fact]
    public void A_degree_of_parallelism_below_one_is_refused()
    {
        var create = () => new TaskingEngine(maxDegreeOfParallelism: 0);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>Twelve aircraft, some airborne inside zones, a pickup inside a zone every third incident, facilities inside zones.</summary>
    private static (TaskingRequest Request, TaskingSituation Situation) Incident(Random random)
    {
        var zones = Enumerable.Range(0, 8).Select(i =>
        {
            var x = 10 + (i % 4 * 35) + random.Next(10);
            var y = -40 + (i / 4 * 45) + random.Next(10);
            var kind = i % 4 == 0 ? AirspaceZoneKind.Prohibited : (AirspaceZoneKind)(1 + random.Next(3));
            return Mission.Square("Z" + i, kind, x, y, x + 12 + random.Next(10), y + 12 + random.Next(10), clearance: new ClearanceRule(24, random.Next(2) == 0));
        }).ToList();
        var statuses = new[] { AircraftStatus.Available, AircraftStatus.Airborne, AircraftStatus.Airborne, AircraftStatus.Maintenance };
        var aircraft = Enumerable.Range(0, 12).Select(i => Mission.Aircraft(
            "H" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), Mission.At(random.Next(160), random.Next(-50, 50)),
            Mission.Mi8 with { CruiseSpeedKmh = 180 + (40 * (i % 3)) },
            status: statuses[i % statuses.Length],
            endurance: TimeSpan.FromMinutes(60 + random.Next(150)))).ToList();
        var facilities = Enumerable.Range(0, 6).Select(i => i % 2 == 0
            ? Mission.LevelII("F" + i, Mission.At(random.Next(160), random.Next(-50, 50)), (FacilityStatus)random.Next(3))
            : Mission.LevelI("F" + i, Mission.At(random.Next(160), random.Next(-50, 50)))).ToList();
        var sites = new List<LandingSite> { Mission.Base("BASE-A", Mission.At(0)), Mission.Base("BASE-B", Mission.At(160, 40)) };
        var inZone = zones[1 + random.Next(3)].Boundary;
        var pickup = random.Next(3) == 0
            ? new Domain.Geo.GeoPosition((inZone[0].Latitude + inZone[2].Latitude) / 2, (inZone[0].Longitude + inZone[2].Longitude) / 2)
            : Mission.At(random.Next(160), random.Next(-50, 50));
        var request = Mission.Request(pickup, Mission.Morning.AddMinutes(-20), urgent: 1, urgentSurgical: random.Next(2));
        return (request, Mission.Situation(Mission.Morning, aircraft, facilities, zones, sites));
    }
}
