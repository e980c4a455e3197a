using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Flight;

namespace PeaceOps.Ops.Simulation.Tests.Flight;

/// <summary>Where the simulator sends an aircraft home when no return leg was planned: a fixed wing only to a runway.</summary>
public sealed class RunwayHomeTests
{
    private static readonly LandingSiteDto KidalHelipad = new("KDL-HLS", "Kidal camp helipad", new GeoPoint(18.4333, 1.4042), true, LandingSiteKind.Base);
    private static readonly LandingSiteDto KidalAirstrip = new("KDL-AS", "Kidal airstrip", new GeoPoint(18.4450, 1.3900), false, LandingSiteKind.HelicopterLandingSite, FixedWingCapable: true);
    private static readonly LandingSiteDto Tessalit = new("TSL-AF", "Tessalit (Amachach) airfield", new GeoPoint(20.2430, 0.9810), false, LandingSiteKind.Base, FixedWingCapable: true);
    private static readonly LandingSiteDto Gao = new("GAO-AB", "Gao airport", new GeoPoint(16.2484, -0.0054), true, LandingSiteKind.Base, FixedWingCapable: true);
    private static readonly LandingSiteDto Bamako = new("BKO-AF", "Bamako-Senou international airport", new GeoPoint(12.5335, -7.9499), true, LandingSiteKind.Airfield);
    private static readonly GeoPosition OverKidal = new(18.44, 1.40);

    [Fact]
    public void A_fixed_wing_turning_home_goes_to_its_own_base_when_that_has_a_runway()
    {
        RunwayHome.ForFixedWing(C130("GAO-AB", Gao), OverKidal, [KidalHelipad, KidalAirstrip, Tessalit, Gao]).Should().Be(Gao);
    }

    [Fact]
    public void A_fixed_wing_based_at_a_helipad_turns_home_to_the_nearest_base_with_a_runway_not_to_an_airstrip_or_helipad()
    {
        RunwayHome.ForFixedWing(C130("KDL-HLS", KidalHelipad), OverKidal, [KidalHelipad, KidalAirstrip, Tessalit, Gao]).Should().Be(Tessalit);
    }

    [Fact]
    public void An_airfield_that_is_no_units_base_takes_a_fixed_wing_home()
    {
        RunwayHome.ForFixedWing(C130("KDL-HLS", KidalHelipad), new GeoPosition(12.6, -8.0), [KidalHelipad, Tessalit, Bamako]).Should().Be(Bamako);
    }

    [Fact]
    public void A_mission_without_a_runway_leaves_the_fixed_wing_to_its_base_and_helicopters_always_go_to_their_base()
    {
        RunwayHome.ForFixedWing(C130("KDL-HLS", KidalHelipad), OverKidal, [KidalHelipad, KidalAirstrip]).Should().BeNull();
        RunwayHome.ForFixedWing(Helicopter(KidalHelipad), OverKidal, [KidalHelipad, Tessalit]).Should().BeNull();
    }

    [Fact]
    public void Without_a_planned_return_a_fixed_wing_stays_where_it_landed_and_a_helicopter_flies_to_its_base()
    {
        var landedAt = new GeoPosition(KidalAirstrip.Position.Lat, KidalAirstrip.Position.Lon);

        RunwayHome.AfterUnplannedReturn(C130("KDL-HLS", KidalHelipad), landedAt).Should().Be(landedAt, "the engine found no runway to go home to");
        RunwayHome.AfterUnplannedReturn(Helicopter(KidalHelipad), landedAt).Should().Be(new GeoPosition(KidalHelipad.Position.Lat, KidalHelipad.Position.Lon));
    }

    private static AircraftProfile C130(string baseId, LandingSiteDto home) =>
        new("UNO-201", "HERKY 51", "C-130H", baseId, home.Position, true, true, 550, 600, 70, 90, false, 90, 120, true, FixedWing: true);

    private static AircraftProfile Helicopter(LandingSiteDto home) =>
        new("UNO-106", "HIPPO 32", "Mi-17", home.Id, home.Position, true, true, 225, 210, 12, 12, true);
}
