using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>
/// A whole CASEVAC flight laid out in time from the launch: legs to the pickup, ground time, legs to the facility,
/// handover, the way home. A fixed-wing flight lands at the airfield nearest the facility and the casualty goes on by
/// ambulance: the handover at the facility is then the ambulance's arrival, while the aircraft leaves after its ground
/// time at the airfield. Pure: the simulator asks "where is it at t?" and "which milestones are due by t?".
/// </summary>
public sealed class FlightPlan
{
    private FlightPlan(IReadOnlyList<FlightPhase> phases, IReadOnlyList<FlightMilestone> milestones, DateTimeOffset handoverEnd, DateTimeOffset handover, FlightPerformance performance)
    {
        Phases = phases;
        Milestones = milestones;
        HandoverEnd = handoverEnd;
        Handover = handover;
        Performance = performance;
    }

    public IReadOnlyList<FlightPhase> Phases { get; }

    public IReadOnlyList<FlightMilestone> Milestones { get; }

    /// <summary>When the aircraft's ground time at the facility (or the airfield near it) is over and it leaves for its base.</summary>
    public DateTimeOffset HandoverEnd { get; }

    /// <summary>The casualty's arrival at the facility (the at-facility milestone): the landing, or the ambulance's arrival after a road transfer.</summary>
    public DateTimeOffset Handover { get; }

    public DateTimeOffset Start => Phases[0].Start;

    /// <summary>Landed back at base.</summary>
    public DateTimeOffset End => Phases[^1].End;

    public FlightPerformance Performance { get; }

    /// <param name="legs">The option's legs in order: to the pickup, to the facility, then (optionally) home.</param>
    /// <param name="pickupLeg">Index of the leg that ends at the pickup site.</param>
    /// <param name="facilityLeg">Index of the leg that ends at the facility.</param>
    /// <param name="home">The base, flown to directly when the option has no legs after the facility.</param>
    /// <param name="performance">Cruise speed and altitude, ground times.</param>
    /// <param name="launchAt">Wheels up at the start of the first leg.</param>
    /// <param name="roadTransfer">From the landing at the facility leg's end to the casualty's arrival at the facility by ambulance; zero when the aircraft lands at the facility.</param>
    public static FlightPlan Build(IReadOnlyList<FlightLeg> legs, int pickupLeg, int facilityLeg, GeoPosition home, FlightPerformance performance, DateTimeOffset launchAt, TimeSpan roadTransfer = default)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(performance);
        if (legs.Count == 0 || pickupLeg < 0 || facilityLeg <= pickupLeg || facilityLeg >= legs.Count)
        {
            throw new ArgumentException("A CASEVAC flight needs a leg ending at the pickup followed by a leg ending at the facility.", nameof(legs));
        }

        var flown = legs.ToList();
        if (facilityLeg == flown.Count - 1)
        {
            flown.Add(new FlightLeg(legs[facilityLeg].To, home, "base"));
        }

        var phases = new List<FlightPhase>();
        var milestones = new List<FlightMilestone> { new(launchAt, IncidentMilestone.Launched) };
        var t = launchAt;
        var handoverEnd = launchAt;
        var handover = launchAt;
        var onGround = true;
        for (var i = 0; i < flown.Count; i++)
        {
            var leg = flown[i];
            var stops = i == pickupLeg || i == facilityLeg || i == flown.Count - 1;
            var arrive = t + performance.TimeToFly(GreatCircle.DistanceMeters(leg.From, leg.To));
            phases.Add(new FlightPhase(FlightPhaseKind.Airborne, leg.From, leg.To, leg.ToName, t, arrive, onGround, stops));
            t = arrive;
            onGround = stops;
            if (i == pickupLeg)
            {
                milestones.Add(new FlightMilestone(t, IncidentMilestone.AtPickup));
                t = Ground(phases, leg.To, leg.ToName, t, performance.GroundTimeAtPickup);
                milestones.Add(new FlightMilestone(t, IncidentMilestone.PatientsOnBoard));
            }
            else if (i == facilityLeg)
            {
                // The ambulance drives on while the aircraft turns round: the aircraft does not wait for the handover.
                handover = t + (roadTransfer > TimeSpan.Zero ? roadTransfer : TimeSpan.Zero);
                milestones.Add(new FlightMilestone(handover, IncidentMilestone.AtFacility));
                t = Ground(phases, leg.To, leg.ToName, t, performance.GroundTimeAtFacility);
                handoverEnd = t;
            }
        }

        return new FlightPlan(phases, milestones, handoverEnd, handover, performance);
    }

    /// <summary>A flight without a casualty: home after a cancelled or aborted mission, or after a restart.</summary>
    public static FlightPlan Ferry(GeoPosition from, GeoPosition to, string toName, FlightPerformance performance, DateTimeOffset departAt)
    {
        ArgumentNullException.ThrowIfNull(performance);
        var arrive = departAt + performance.TimeToFly(GreatCircle.DistanceMeters(from, to));
        return new FlightPlan([new FlightPhase(FlightPhaseKind.Airborne, from, to, toName, departAt, arrive, true, true)], [], departAt, departAt, performance);
    }

    public FlightState StateAt(DateTimeOffset at)
    {
        if (at <= Start)
        {
            return Parked(Phases[0].From);
        }

        if (at >= End)
        {
            return Parked(Phases[^1].To);
        }

        var phase = Phases.First(p => at < p.End);
        if (phase.Kind == FlightPhaseKind.Ground)
        {
            return Parked(phase.From);
        }

        var elapsed = at - phase.Start;
        var remaining = phase.End - at;
        var fraction = phase.Duration > TimeSpan.Zero ? elapsed / phase.Duration : 1;
        var position = GreatCircle.Interpolate(phase.From, phase.To, fraction);
        var heading = GreatCircle.InitialBearingDegrees(position, phase.To);
        var altitude = Performance.CruiseAltitudeM;
        if (phase.ClimbsAtStart)
        {
            altitude = Math.Min(altitude, Performance.CruiseAltitudeM * (elapsed / FlightPerformance.ClimbTime));
        }

        if (phase.DescendsAtEnd)
        {
            altitude = Math.Min(altitude, Performance.CruiseAltitudeM * (remaining / FlightPerformance.ClimbTime));
        }

        return new FlightState(position, Math.Round(altitude, 1), Math.Round(heading, 1), Math.Round(Performance.CruiseSpeedKts, 1), Airborne: true);
    }

    public IEnumerable<FlightMilestone> MilestonesDueBy(DateTimeOffset at) => Milestones.Where(m => m.At <= at);

    private static FlightState Parked(GeoPosition position) => new(position, 0, 0, 0, Airborne: false);

    private static DateTimeOffset Ground(List<FlightPhase> phases, GeoPosition at, string name, DateTimeOffset start, TimeSpan duration)
    {
        phases.Add(new FlightPhase(FlightPhaseKind.Ground, at, at, name, start, start + duration, false, false));
        return start + duration;
    }
}
