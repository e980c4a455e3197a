using System.Text.Json;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Planning.Tests.Support;

namespace PeaceOps.Ops.Planning.Tests.Tasking;

/// <summary>
/// One engine keeps, across incidents, graphs, distance fields from bases and facility helipads, and links; they
/// belong to one airspace. Incidents that move zones over the same facilities and bases must get from a long-lived
/// engine exactly what a fresh engine gives them: a field or graph kept from the previous airspace would differ.
/// </summary>
public sealed class EngineCacheTests
{
    [Fact]
    public void A_long_lived_engine_answers_every_airspace_as_a_fresh_engine_does()
    {
        var kept = new TaskingEngine();
        var random = new Random(7);
        var facilities = new[]
        {
            Mission.LevelII("F1", Mission.At(120, 5)),
            Mission.LevelII("F2", Mission.At(60, -30)),
            Mission.LevelI("F3", Mission.At(140, 35)),
        };
        var aircraft = new[] { Mission.Aircraft("H1", Mission.At(0)), Mission.Aircraft("H2", Mission.At(150, 30), baseId: "BASE-B") };
        var sites = new[] { Mission.Base("BASE-A", Mission.At(0)), Mission.Base("BASE-B", Mission.At(150, 30)) };
        for (var i = 0; i < 16; i++)
        {
            // A zone round facility F1 in most airspaces (its legs then get an avoided set of their own), moved each time.
            var shift = random.Next(-6, 6);
            var zones = new List<AirspaceZone>
            {
                Mission.Square("AROUND-F1", AirspaceZoneKind.Restricted, 110 + shift, -6, 128 + shift, 14),
                Mission.Square("WALL", AirspaceZoneKind.Prohibited, 80 + random.Next(10), -40 + random.Next(20), 95 + random.Next(10), 30 + random.Next(20)),
            };
            if (i % 4 == 3)
            {
                zones.RemoveAt(0);
            }

            var request = Mission.Request(Mission.At(random.Next(10, 70), random.Next(-30, 30)), Mission.Morning.AddMinutes(-15), urgent: 1, urgentSurgical: 1);
            var situation = Mission.Situation(Mission.Morning, aircraft, facilities, zones, sites);

            var fromKept = kept.Evaluate(request, situation);
            var fromFresh = new TaskingEngine().Evaluate(request, situation);

            fromKept.IsValid.Should().BeTrue();
            fromKept.Options.Should().HaveCount(6);
            JsonSerializer.Serialize(fromKept).Should().Be(JsonSerializer.Serialize(fromFresh), $"airspace {i}");
        }
    }
}
