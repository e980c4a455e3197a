using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Flight;

namespace PeaceOps.Ops.Simulation.Tests.Flight;

public sealed class FlightPlanTests
{
    private static readonly DateTimeOffset Launch = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly GeoPosition GaoBase = new(16.2484, -0.0054);
    private static readonly GeoPosition Pickup = new(16.55, -0.20);
    private static readonly GeoPosition Detour = new(16.45, -0.35);
    private static readonly GeoPosition GaoHospital = new(16.2560, -0.0120);
    private static readonly FlightPerformance Bell412 = new(230, 300, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15));

    [Fact]
    public void Milestones_fall_at_distance_over_cruise_speed_plus_ground_time()
    {
        var plan = FlightPlan.Build([new(GaoBase, Pickup, "pickup"), new(Pickup, GaoHospital, "Gao L2")], 0, 1, GaoBase, Bell412, Launch);

        var toPickup = Hours(GreatCircle.DistanceMeters(GaoBase, Pickup) / 1000 / 230);
        var toFacility = Hours(GreatCircle.DistanceMeters(Pickup, GaoHospital) / 1000 / 230);
        plan.Milestones.Should().Equal(
            new FlightMilestone(Launch, IncidentMilestone.Launched),
            new FlightMilestone(Launch + toPickup, IncidentMilestone.AtPickup),
            new FlightMilestone(Launch + toPickup + TimeSpan.FromMinutes(10), IncidentMilestone.PatientsOnBoard),
            new FlightMilestone(Launch + toPickup + TimeSpan.FromMinutes(10) + toFacility, IncidentMilestone.AtFacility));
        plan.HandoverEnd.Should().Be(Launch + toPickup + toFacility + TimeSpan.FromMinutes(25));
    }

    [Fact]
    public void After_a_road_transfer_the_handover_is_the_ambulance_arrival_while_the_aircraft_leaves_after_its_ground_time()
    {
        var transfer = TimeSpan.FromMinutes(35);
        var flown = FlightPlan.Build([new(GaoBase, Pickup, "pickup"), new(Pickup, GaoHospital, "Gao L2")], 0, 1, GaoBase, Bell412, Launch);
        var carried = FlightPlan.Build([new(GaoBase, Pickup, "pickup"), new(Pickup, GaoHospital, "Gao L2")], 0, 1, GaoBase, Bell412, Launch, transfer);

        var landed = flown.Milestones.Single(m => m.Milestone == IncidentMilestone.AtFacility).At;
        carried.Milestones.Select(m => m.Milestone).Should().Equal(
            IncidentMilestone.Launched, IncidentMilestone.AtPickup, IncidentMilestone.PatientsOnBoard, IncidentMilestone.AtFacility);
        carried.Milestones[^1].At.Should().Be(landed + transfer);
        carried.Handover.Should().Be(landed + transfer);
        carried.HandoverEnd.Should().Be(landed + TimeSpan.FromMinutes(15), "the aircraft does not wait for the ambulance");
        carried.Phases.Should().Equal(flown.Phases);
    }

    [Fact]
    public void A_detour_leg_adds_its_length_and_the_aircraft_does_not_stop_at_the_turn()
    {
        var direct = FlightPlan.Build([new(GaoBase, Pickup, "pickup"), new(Pickup, GaoHospital, "Gao L2")], 0, 1, GaoBase, Bell412, Launch);
        var detour = FlightPlan.Build([new(GaoBase, Detour, "turn"), new(Detour, Pickup, "pickup"), new(Pickup, GaoHospital, "Gao L2")], 1, 2, GaoBase, Bell412, Launch);

        var extra = Hours((GreatCircle.DistanceMeters(GaoBase, Detour) + GreatCircle.DistanceMeters(Detour, Pickup) - GreatCircle.DistanceMeters(GaoBase, Pickup)) / 1000 / 230);
        var atPickup = detour.Milestones.Single(m => m.Milestone == IncidentMilestone.AtPickup).At;
        atPickup.Should().BeCloseTo(direct.Milestones.Single(m => m.Milestone == IncidentMilestone.AtPickup).At + extra, TimeSpan.FromMilliseconds(1));
        detour.StateAt(detour.Phases[0].End).Airborne.Should().BeTrue();
        detour.StateAt(detour.Phases[0].End).AltitudeM.Should().Be(300);
    }

    [Fact]
    public void Half_way_along_a_leg_the_aircraft_is_half_way_at_cruise_speed_and_altitude()
    {
        var plan = FlightPlan.Build([new(GaoBase, Pickup, "pickup"), new(Pickup, GaoHospital, "Gao L2")], 0, 1, GaoBase, Bell412, Launch);
        var leg = plan.Phases[0];

        var state = plan.StateAt(leg.Start + (leg.Duration / 2));

        GreatCircle.DistanceMeters(GaoBase, state.Position).Should().BeApproximately(GreatCircle.DistanceMeters(GaoBase, Pickup) / 2, 50);
        state.SpeedKts.Should().BeApproximately(230 / 1.852, 0.1);
        state.AltitudeM.Should().Be(300);
        state.HeadingDeg.Should().BeInRange(270, 360);
    }

    [Fact]
    public void The_aircraft_climbs_after_take_off_and_is_on_the_ground_at_the_pickup()
    {
        var plan = FlightPlan.Build([new(GaoBase, Pickup, "pickup"), new(Pickup, GaoHospital, "Gao L2")], 0, 1, GaoBase, Bell412, Launch);
        var atPickup = plan.Milestones.Single(m => m.Milestone == IncidentMilestone.AtPickup).At;

        plan.StateAt(Launch + TimeSpan.FromMinutes(1)).AltitudeM.Should().BeApproximately(150, 0.1);
        plan.StateAt(atPickup + TimeSpan.FromMinutes(5)).Should().Be(new FlightState(Pickup, 0, 0, 0, false));
    }

    [Fact]
    public void Without_a_return_leg_the_aircraft_flies_home_and_parks_at_base()
    {
        var plan = FlightPlan.Build([new(GaoBase, Pickup, "pickup"), new(Pickup, GaoHospital, "Gao L2")], 0, 1, GaoBase, Bell412, Launch);

        plan.Phases[^1].To.Should().Be(GaoBase);
        plan.StateAt(plan.End + TimeSpan.FromHours(1)).Should().Be(new FlightState(GaoBase, 0, 0, 0, false));
    }

    [Fact]
    public void Only_milestones_already_due_are_reported()
    {
        var plan = FlightPlan.Build([new(GaoBase, Pickup, "pickup"), new(Pickup, GaoHospital, "Gao L2")], 0, 1, GaoBase, Bell412, Launch);

        plan.MilestonesDueBy(Launch + TimeSpan.FromMinutes(1)).Select(m => m.Milestone).Should().Equal(IncidentMilestone.Launched);
    }

    [Fact]
    public void A_flight_without_a_leg_to_the_facility_after_the_pickup_is_refused()
    {
        var build = () => FlightPlan.Build([new(GaoBase, Pickup, "pickup")], 0, 0, GaoBase, Bell412, Launch);

        build.Should().Throw<ArgumentException>();
    }

    private static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);
}
