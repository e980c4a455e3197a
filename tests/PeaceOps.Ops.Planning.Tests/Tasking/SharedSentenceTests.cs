using System.Text.Json;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Tasking;

/// <summary>
/// The engine builds a sentence that depends only on the aircraft (or only on the facility) once per evaluation and
/// shares it across that aircraft's (or facility's) options. Evaluated alone, an aircraft × facility pair has nothing
/// to share with: every option of the full evaluation must equal, field for field and sentence for sentence, the
/// option its pair gets alone. A shared sentence kept from another aircraft, facility or incident would differ.
/// </summary>
public sealed class SharedSentenceTests
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    [Fact]
    public void Every_option_equals_the_option_its_aircraft_and_facility_get_evaluated_alone()
    {
        var engine = new TaskingEngine();
        var alone = new TaskingEngine();
        for (var seed = 0; seed < 12; seed++)
        {
            var random = new Random(seed);

            // Late afternoon in half the missions, so legs run into darkness and night sentences are shared too.
            var now = seed % 2 == 0 ? Mission.Morning : Mission.Morning.AddHours(7.5);
            var zones = Enumerable.Range(0, 4).Select(i =>
            {
                var x = random.Next(10, 130);
                var y = random.Next(-50, 40);
                return Mission.Square("Z" + i, (AirspaceZoneKind)random.Next(4), x, y, x + 8 + random.Next(15), y + 8 + random.Next(15), clearance: new ClearanceRule(24, i % 2 == 0));
            }).ToList();
            var statuses = new[] { AircraftStatus.Available, AircraftStatus.Airborne, AircraftStatus.Maintenance, AircraftStatus.CrewRest, AircraftStatus.Tasked };
            var aircraft = Enumerable.Range(0, 4).Select(i => Mission.Aircraft(
                "H" + i, Mission.At(random.Next(150), random.Next(-50, 50)),
                Mission.Mi8 with { CruiseSpeedKmh = 150 + random.Next(150), Litters = random.Next(3), NvgCapable = random.Next(2) == 0 },
                status: statuses[random.Next(statuses.Length)],
                nvgCrew: random.Next(2) == 0,
                endurance: TimeSpan.FromMinutes(50 + random.Next(180)))).ToList();
            var facilities = Enumerable.Range(0, 4).Select(i => random.Next(2) == 0
                ? Mission.LevelII("F" + i, Mission.At(random.Next(150), random.Next(-50, 50)), (FacilityStatus)random.Next(4), nightHelipad: random.Next(2) == 0)
                : Mission.LevelI("F" + i, Mission.At(random.Next(150), random.Next(-50, 50)), nightHelipad: random.Next(2) == 0)).ToList();
            var sites = new List<LandingSite> { Mission.Base("BASE-A", Mission.At(0), nightCapable: false), Mission.Base("BASE-B", Mission.At(150, 30)) };
            var request = Mission.Request(Mission.At(random.Next(150), random.Next(-50, 50)), now.AddMinutes(-random.Next(60)), urgent: 1, urgentSurgical: random.Next(2), litters: 2, security: (PickupSecurity)random.Next(4));
            if (seed % 3 == 0)
            {
                // A C-130 with a runway 2 km from the pickup and one 8 km from facility F0: its airfield legs, road
                // transfers and returns from the airfields are shared across its facilities like any other sentence.
                aircraft[3] = aircraft[3] with { Profile = new AircraftProfile("C-130H", 550, TimeSpan.FromHours(10), 70, 90, Hoist: false, NvgCapable: true, FixedWing: true), EnduranceRemaining = TimeSpan.FromHours(8) };
                sites.Add(new LandingSite("AF-P", "Pickup airfield", new GeoPosition(request.Pickup.Latitude, request.Pickup.Longitude + (2 / Mission.KmPerDegreeLongitude)), LandingSiteKind.Airfield, NightCapable: seed % 2 == 0));
                sites.Add(new LandingSite("AF-F", "Facility airfield", new GeoPosition(facilities[0].Position.Latitude + (8 / Mission.KmPerDegreeLatitude), facilities[0].Position.Longitude), LandingSiteKind.Airfield, NightCapable: true));
            }

            var situation = Mission.Situation(now, aircraft, facilities, zones, sites);

            var all = engine.Evaluate(request, situation);
            all.IsValid.Should().BeTrue();
            all.Options.Should().HaveCount(16);
            foreach (var option in all.Options)
            {
                var single = situation with { Aircraft = [.. aircraft.Where(a => a.Id == option.AircraftId)], Facilities = [.. facilities.Where(f => f.Id == option.FacilityId)] };
                var expected = alone.Evaluate(request, single).Options.Should().ContainSingle().Subject;
                Serialized(option).Should().Be(Serialized(expected), $"seed {seed}: {option.AircraftId} to {option.FacilityId}");
            }

            all.Options.SelectMany(o => o.Violations).Select(v => v.Code).Should().NotBeEmpty();
            all.Options.Count(o => o.RoadTransfer is not null).Should().Be(seed % 3 == 0 ? 4 : 0, "the C-130 lands at an airfield for each of the 4 facilities");
        }
    }

    private static string Serialized(TaskingOption option) => JsonSerializer.Serialize(option with { Rank = 0 }, Json);
}
