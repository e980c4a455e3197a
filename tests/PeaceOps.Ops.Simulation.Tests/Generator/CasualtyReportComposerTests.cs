using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Generator;

namespace PeaceOps.Ops.Simulation.Tests.Generator;

public sealed class CasualtyReportComposerTests
{
    private static readonly GeoPosition Pickup = new(16.55, -0.20);

    [Fact]
    public void Every_generated_9_line_counts_each_patient_once_as_litter_or_ambulatory()
    {
        var composer = new CasualtyReportComposer(new PrecedenceMix(), new Random(5));

        var lines = Enumerable.Range(0, 500).Select(_ => composer.Compose(Pickup, "30QYD9884331856")).ToArray();

        lines.Should().OnlyContain(l => l.Patients.Total >= 1 && l.Litter + l.Ambulatory == l.Patients.Total && l.Litter >= 0 && l.Ambulatory >= 0);
        lines.Should().OnlyContain(l => l.Security == "N" || l.Security == "P" || l.Security == "E" || l.Security == "X");
        lines.Should().OnlyContain(l => l.PickupLat == Pickup.Latitude && l.PickupMgrs == "30QYD9884331856");
    }

    [Fact]
    public void The_precedence_mix_decides_the_incidents_precedence()
    {
        var composer = new CasualtyReportComposer(new PrecedenceMix(Urgent: 0, UrgentSurgical: 1, Priority: 0, Routine: 0), new Random(6));

        var lines = Enumerable.Range(0, 100).Select(_ => composer.Compose(Pickup, "grid")).ToArray();

        lines.Should().OnlyContain(l => l.Patients.Highest == Precedence.UrgentSurgical && l.Litter >= 1);
    }

    [Fact]
    public void Roughly_the_configured_share_of_casualties_is_urgent()
    {
        var mix = new PrecedenceMix(Urgent: 25, UrgentSurgical: 25, Priority: 35, Routine: 15);
        var random = new Random(7);

        var urgentShare = Enumerable.Range(0, 10_000).Count(_ => mix.Draw(random) is Precedence.Urgent or Precedence.UrgentSurgical) / 10_000.0;

        urgentShare.Should().BeApproximately(0.5, 0.02);
    }
}
