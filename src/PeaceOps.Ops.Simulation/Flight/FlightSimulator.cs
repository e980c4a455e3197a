using System.Globalization;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Clock;

namespace PeaceOps.Ops.Simulation.Flight;

/// <summary>
/// Flies tasked aircraft along their approved option's legs and reports what a crew and a tracker would: position
/// reports through the aircraft grain's ingest call (the one the REST endpoint uses: the simulator is just another
/// client) and incident milestones (launched, at pickup, patients on board, at facility). After its ground time at the
/// facility it flies home; the tasking is released once the handover is reported (for a fixed-wing option, when the
/// ambulance from the airfield arrives); at base the aircraft is available again. Idle aircraft report now and then
/// from where they are parked. One <see cref="TickAsync"/> per simulated step; the hosted loop calls it on the
/// simulation clock and tests call it directly after moving a fake clock.
/// </summary>
public sealed partial class FlightSimulator(IGrainFactory grains, SimulationClock clock, FlightSimulatorSettings settings, ILogger<FlightSimulator> logger)
{
    public const string Actor = "simulator";
    private const double FeetToMeters = 0.3048;

    private readonly Dictionary<string, ActiveFlight> _flights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastIdleReport = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unflyable = new(StringComparer.Ordinal);

    public SimulationClock Clock => clock;

    public IReadOnlyCollection<string> Flying => _flights.Keys;

    public async Task TickAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var picture = await grains.GetGrain<IPictureGrain>(IPictureGrain.Key).GetPicture();
        foreach (var aircraft in picture.Aircraft)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await StepAsync(aircraft, picture, now);
            }
            catch (OpsCommandException ex)
            {
                // One aircraft's refused command must not stop the others; the next tick looks again.
                LogRefused(logger, aircraft.Id, ex.Code, ex.Message);
            }
        }
    }

    private async Task StepAsync(AircraftSnapshot aircraft, PictureSnapshot picture, DateTimeOffset now)
    {
        var grain = grains.GetGrain<IAircraftGrain>(aircraft.Id);
        _flights.TryGetValue(aircraft.Id, out var flight);
        var incident = flight?.IncidentId is { } id ? picture.Incidents.FirstOrDefault(i => i.Id == id) : null;

        if (flight is null && aircraft.Tasking is { } tasking && aircraft.Status is AircraftStatus.Tasked or AircraftStatus.OnMission && !_unflyable.Contains(tasking.IncidentId))
        {
            flight = await StartMissionAsync(aircraft, tasking, picture, now);
        }
        else if (flight is { IncidentId: not null } && !flight.Released && incident is { Status: IncidentStatus.Cancelled or IncidentStatus.Aborted or IncidentStatus.Closed })
        {
            // The duty officer called it off: turn for home from wherever the aircraft is.
            flight = FlyHome(aircraft, flight.Plan.StateAt(now).Position, picture, now);
        }
        else if (flight is null && aircraft.Status == AircraftStatus.Returning)
        {
            flight = FlyHome(aircraft, Position(aircraft), picture, now);
        }

        if (flight is null)
        {
            await ReportIdleAsync(grain, aircraft, now);
            return;
        }

        var state = flight.Plan.StateAt(now);
        await grain.ReportPositions([Report(aircraft.Id, now, state)]);

        if (flight.IncidentId is { } incidentId && !flight.Released)
        {
            await ReportMilestonesAsync(flight, incidentId, now);
            if (now >= flight.Plan.HandoverEnd && flight.Reported.Contains(IncidentMilestone.AtFacility))
            {
                var current = await grain.GetSnapshot();
                if (current.Tasking?.IncidentId == incidentId)
                {
                    await grain.ReleaseTasking(incidentId, returning: true, Context($"{incidentId}:release"));
                }

                flight.Released = true;
            }
        }

        // Home before the ambulance reached the facility: keep flying the plan (parked) until the handover releases it.
        if (now >= flight.Plan.End && (flight.IncidentId is null || flight.Released))
        {
            _flights.Remove(aircraft.Id);
            var current = await grain.GetSnapshot();
            if (current.Status == AircraftStatus.Returning)
            {
                await grain.SetStatus(AircraftStatus.Available, "landed at base", Context($"{aircraft.Id}:landed:{now.ToUnixTimeSeconds()}"));
            }

            _lastIdleReport[aircraft.Id] = now;
        }
    }

    private async Task<ActiveFlight?> StartMissionAsync(AircraftSnapshot aircraft, AircraftTasking tasking, PictureSnapshot picture, DateTimeOffset now)
    {
        var incident = await grains.GetGrain<IIncidentGrain>(tasking.IncidentId).GetState();
        var option = incident.Tasking?.Option;
        var facility = picture.Facilities.FirstOrDefault(f => f.Id == tasking.FacilityId);
        if (option is null || option.Legs.Count < 2 || facility is null)
        {
            _unflyable.Add(tasking.IncidentId);
            LogCannotFly(logger, aircraft.Id, tasking.IncidentId);
            return null;
        }

        var legs = option.Legs.Select(l => new FlightLeg(new GeoPosition(l.From.Lat, l.From.Lon), new GeoPosition(l.To.Lat, l.To.Lon), l.To.Name)).ToArray();
        var pickup = new GeoPosition(incident.NineLine.PickupLat, incident.NineLine.PickupLon);
        var pickupLeg = NearestEnd(legs, 0, pickup);
        var facilityLeg = NearestEnd(legs, pickupLeg + 1, new GeoPosition(facility.Profile.Position.Lat, facility.Profile.Position.Lon));
        if (facilityLeg <= pickupLeg)
        {
            _unflyable.Add(tasking.IncidentId);
            LogCannotFly(logger, aircraft.Id, tasking.IncidentId);
            return null;
        }

        // Launch at the planned time (notice to move) unless the approval came later than the plan assumed.
        var launchAt = option.LaunchAt is { } planned && planned > now ? planned : now;
        // A fixed-wing option lands at an airfield and its facility ETA includes the ambulance: the handover keeps that
        // planned offset from the landing, so it moves with a late launch like the rest of the flight.
        var roadTransfer = option.FacilityEta - option.Legs[facilityLeg].ArriveAt;
        var home = RunwayHome.AfterUnplannedReturn(aircraft.Profile, legs[facilityLeg].To);
        var plan = FlightPlan.Build(legs, pickupLeg, facilityLeg, home, Performance(aircraft, picture.Settings), launchAt, roadTransfer);
        var flight = new ActiveFlight(aircraft.Id, tasking.IncidentId, plan);

        // After a restart the incident may be further on than a fresh flight: do not report its milestones twice.
        foreach (var milestone in plan.Milestones.Where(m => StatusAfter(m.Milestone) <= incident.Status && incident.Status <= IncidentStatus.AtFacility))
        {
            flight.Reported.Add(milestone.Milestone);
        }

        _flights[aircraft.Id] = flight;
        LogLaunching(logger, aircraft.Id, tasking.IncidentId, launchAt, plan.Handover);
        return flight;
    }

    private ActiveFlight FlyHome(AircraftSnapshot aircraft, GeoPosition from, PictureSnapshot picture, DateTimeOffset now)
    {
        var (home, homeName) = RunwayHome.ForFixedWing(aircraft.Profile, from, picture.LandingSites) is { } runway
            ? (Position(runway), runway.Id)
            : (Home(aircraft), aircraft.Profile.BaseId);
        var flight = new ActiveFlight(aircraft.Id, null, FlightPlan.Ferry(from, home, homeName, Performance(aircraft, picture.Settings), now));
        _flights[aircraft.Id] = flight;
        return flight;
    }

    private async Task ReportMilestonesAsync(ActiveFlight flight, string incidentId, DateTimeOffset now)
    {
        var incident = grains.GetGrain<IIncidentGrain>(incidentId);
        foreach (var due in flight.Plan.MilestonesDueBy(now).Where(m => !flight.Reported.Contains(m.Milestone)))
        {
            flight.Reported.Add(due.Milestone);
            await incident.Advance(new AdvanceIncident(due.Milestone, null, null, Context($"{incidentId}:{due.Milestone}")));
        }
    }

    private async Task ReportIdleAsync(IAircraftGrain grain, AircraftSnapshot aircraft, DateTimeOffset now)
    {
        if (_lastIdleReport.TryGetValue(aircraft.Id, out var last) && now - last < settings.IdleReportInterval)
        {
            return;
        }

        _lastIdleReport[aircraft.Id] = now;
        await grain.ReportPositions([Report(aircraft.Id, now, new FlightState(Position(aircraft), 0, aircraft.Position?.HeadingDeg ?? 0, 0, false))]);
    }

    private static int NearestEnd(IReadOnlyList<FlightLeg> legs, int from, GeoPosition target)
    {
        var best = -1;
        var bestDistance = double.MaxValue;
        for (var i = from; i < legs.Count; i++)
        {
            var distance = GreatCircle.DistanceMeters(legs[i].To, target);
            if (distance < bestDistance - 1)
            {
                (best, bestDistance) = (i, distance);
            }
        }

        return best;
    }

    private static IncidentStatus StatusAfter(IncidentMilestone milestone) => milestone switch
    {
        IncidentMilestone.Launched => IncidentStatus.Launched,
        IncidentMilestone.AtPickup => IncidentStatus.AtPickup,
        IncidentMilestone.PatientsOnBoard => IncidentStatus.PatientsOnBoard,
        _ => IncidentStatus.AtFacility,
    };

    /// <summary>Altitude and ground times are the mission's planning settings, so simulated times agree with the option's ETAs.</summary>
    private static FlightPerformance Performance(AircraftSnapshot aircraft, MissionSettingsDto mission) =>
        new(
            aircraft.Profile.CruiseSpeedKmh,
            mission.CruiseAltitudeFt * FeetToMeters,
            TimeSpan.FromMinutes(mission.GroundTimeAtPickupMinutes),
            TimeSpan.FromMinutes(mission.GroundTimeAtFacilityMinutes));

    private static GeoPosition Position(LandingSiteDto site) => new(site.Position.Lat, site.Position.Lon);

    private static GeoPosition Home(AircraftSnapshot aircraft) => new(aircraft.Profile.BasePosition.Lat, aircraft.Profile.BasePosition.Lon);

    private static GeoPosition Position(AircraftSnapshot aircraft) =>
        aircraft.Position is { } p ? new GeoPosition(p.Lat, p.Lon) : Home(aircraft);

    private static PositionReport Report(string aircraftId, DateTimeOffset at, FlightState state) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"sim:{aircraftId}:{at.ToUnixTimeMilliseconds()}"),
            at,
            Math.Round(state.Position.Latitude, 6),
            Math.Round(state.Position.Longitude, 6),
            state.AltitudeM,
            state.HeadingDeg,
            state.SpeedKts);

    private static CommandContext Context(string key) => new(Actor, "sim:" + key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulator: {AircraftId} launches for incident {IncidentId} at {LaunchAt:u}, at facility {AtFacility:u}")]
    private static partial void LogLaunching(ILogger logger, string aircraftId, string incidentId, DateTimeOffset launchAt, DateTimeOffset atFacility);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulator: {AircraftId} holds incident {IncidentId} but its option has no usable legs; not flying it")]
    private static partial void LogCannotFly(ILogger logger, string aircraftId, string incidentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulator: a command for {AircraftId} was refused ({Code}): {Message}")]
    private static partial void LogRefused(ILogger logger, string aircraftId, string code, string message);
}
