using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using NetTopologySuite.Geometries;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;
using PeaceOps.Ops.Planning.Airspace;
using PeaceOps.Ops.Planning.Fleet;
using PeaceOps.Ops.Planning.Medical;
using PeaceOps.Ops.Planning.Routing;
using PeaceOps.Ops.Planning.Tasking.Rules;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>
/// Evaluates every aircraft × facility option for a casualty request. Thread-safe and deterministic for a given
/// request and situation (the clock is <see cref="TaskingSituation.Now"/>). Keep one instance per mission: it
/// keeps the route planner of the current airspace and rebuilds it only when the zones or margin change.
/// </summary>
public sealed class TaskingEngine
{
    private const int MaxCachedPlanners = 4;
    private readonly Lock _lock = new();
    private readonly List<(ulong Fingerprint, RoutePlanner Planner)> _planners = [];
    private readonly int _maxDegreeOfParallelism;

    /// <summary>An engine that evaluates the aircraft of an incident one after another on the caller's thread.</summary>
    public TaskingEngine()
        : this(maxDegreeOfParallelism: 1)
    {
    }

    /// <param name="maxDegreeOfParallelism">
    /// Aircraft evaluated at once within one evaluation (thread-pool threads); 1 evaluates them in turn on the caller's
    /// thread. The options, their order and every sentence are the same whatever the value.
    /// </param>
    public TaskingEngine(int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    public TaskingResult Evaluate(TaskingRequest request, TaskingSituation situation, WhatIf? whatIf = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(situation);
        var errors = new List<InputError>(TaskingInputValidator.Validate(request, situation));
        if (whatIf is { Kind: WhatIfKind.ZoneCleared } lifted && situation.Zones is not null && !situation.Zones.Any(z => z?.Id == lifted.ZoneId))
        {
            errors.Add(new("whatIf.zoneId", $"No zone has the id '{lifted.ZoneId}'."));
        }

        if (errors.Count > 0)
        {
            return Failed(request, situation, errors, whatIf);
        }

        try
        {
            return EvaluateValid(request, situation, whatIf);
        }
        catch (TopologyException ex)
        {
            // Geometry that passes validation but defeats the buffer (e.g. degenerate slivers) must not reach the caller as a crash.
            return Failed(request, situation, [new InputError("zones", $"The airspace geometry could not be processed: {ex.Message}")], whatIf);
        }
    }

    /// <summary>The planner for this airspace, built on first use and kept while the airspace stays the same.</summary>
    public RoutePlanner PlannerFor(IReadOnlyList<AirspaceZone> zones, MissionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(settings);
        var fingerprint = AirspaceFingerprint.Of(zones, settings);
        lock (_lock)
        {
            var found = _planners.FindIndex(p => p.Fingerprint == fingerprint);
            if (found >= 0)
            {
                var hit = _planners[found];
                _planners.RemoveAt(found);
                _planners.Insert(0, hit);
                return hit.Planner;
            }
        }

        var planner = RoutePlanner.Create(zones, settings);
        lock (_lock)
        {
            _planners.Insert(0, (fingerprint, planner));
            if (_planners.Count > MaxCachedPlanners)
            {
                _planners.RemoveAt(_planners.Count - 1);
            }
        }

        return planner;
    }

    private TaskingResult EvaluateValid(TaskingRequest request, TaskingSituation situation, WhatIf? whatIf)
    {
        var settings = whatIf is { Kind: WhatIfKind.NightFlightAuthorised }
            ? situation.Settings with { NightFlightAuthorized = true }
            : situation.Settings;
        var planner = PlannerFor(situation.Zones, settings);
        foreach (var site in situation.LandingSites)
        {
            planner.Anchor(site.Position);
        }

        foreach (var facility in situation.Facilities)
        {
            planner.Anchor(facility.Position);
        }

        var rules = new AirspaceRules(settings, situation.Clearances, whatIf);
        var session = new RouteSession(planner, rules);
        var sites = situation.LandingSites.ToDictionary(s => s.Id, StringComparer.Ordinal);
        // An airfield that is no unit's base (Bamako-Sénou) still takes an aircraft home for the night, as it did when it was modelled as a base.
        var bases = situation.LandingSites.Where(s => s.Kind is LandingSiteKind.Base or LandingSiteKind.Airfield).OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var airfields = situation.LandingSites.Where(s => s.TakesFixedWing).OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var prohibitedAtPickup = planner.ZonesContaining(request.Pickup)
            .Where(z => rules.StanceAt(z, situation.Now) == ZoneStance.Prohibited)
            .ToArray();
        var pickup = new Waypoint(request.PickupName, request.Pickup);
        var threshold = settings.NightSunElevationDeg;
        var fleet = situation.Aircraft.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var facilities = situation.Facilities.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();
        // Keyed by where the aircraft lands: a helicopter at the facility, fixed wing at the airfield whatever the facility.
        var returns = new ConcurrentDictionary<(string? FacilityId, string? AirfieldId, double Speed, DateTimeOffset DepartAt), (FlownLeg? Leg, LandingSite? Site)>();
        var basesByDistance = facilities.DistinctBy(f => f.Id, StringComparer.Ordinal).ToDictionary(f => f.Id, f => ByDistance(f.Position, bases), StringComparer.Ordinal);
        var fixedWing = Array.Exists(fleet, a => a.Profile.FixedWing);
        // Fixed wing lands on the runway nearest the facility, whatever the distance (FixedWingRule blocks a far one), and
        // takes the casualty from the runway at the pickup when the grid is "at" an airfield.
        var deliveryFields = fixedWing ? Array.ConvertAll(facilities, f => FixedWingRule.Nearest(airfields, f.Position).Site) : [];
        // Fixed wing goes home only to a runway: a base that is an airport, or an airfield; a camp helipad cannot take it.
        var runwayBases = fixedWing ? Array.FindAll(bases, b => b.TakesFixedWing) : [];
        var fieldBases = fixedWing
            ? deliveryFields.OfType<LandingSite>().DistinctBy(s => s.Id, StringComparer.Ordinal).ToDictionary(s => s.Id, s => ByDistance(s.Position, runwayBases), StringComparer.Ordinal)
            : [];
        var pickupField = fixedWing && FixedWingRule.Nearest(airfields, request.Pickup) is { Site: { } nearField, Km: <= FixedWingRule.PickupAtAirfieldKm } ? nearField : null;
        var optionRules = new OptionRules();
        var byAircraft = new TaskingOption[fleet.Length][];

        TaskingOption[] OptionsOf(AircraftSnapshot aircraft)
        {
            var speed = aircraft.Profile.CruiseSpeedKmh;
            var departureSite = aircraft.Status == AircraftStatus.Airborne ? null : AtSite(aircraft, sites);
            var launchAt = LaunchTime(aircraft, situation.Now, threshold);
            var start = new Waypoint(departureSite?.Name ?? aircraft.Callsign, aircraft.Position);
            var landsAt = aircraft.Profile.FixedWing ? pickupField : null;
            var boarding = landsAt is null ? pickup : new Waypoint(landsAt.Name, landsAt.Position);
            var toPickup = LegBuilder.Build(1, LegKind.ToPickup, start, boarding, launchAt, session.Plan(aircraft.Position, boarding.Position, launchAt, speed, fieldAtDestination: landsAt is null), speed, threshold);
            var leavePickupAt = toPickup.Leg.ArriveAt.AddMinutes(settings.GroundTimeAtPickupMinutes);
            var options = new TaskingOption[facilities.Length];
            AircraftSentences? sentences = null;
            for (var f = 0; f < facilities.Length; f++)
            {
                var facility = facilities[f];
                var destination = new Waypoint(facility.Name, facility.Position);
                var deliveryField = aircraft.Profile.FixedWing ? deliveryFields[f] : null;
                var landing = deliveryField is null ? destination : new Waypoint(deliveryField.Name, deliveryField.Position);
                var toFacility = LegBuilder.Build(2, LegKind.ToFacility, boarding, landing, leavePickupAt, session.Plan(boarding.Position, landing.Position, leavePickupAt, speed, fieldAtDestination: false), speed, threshold);
                var road = deliveryField is null ? null : RoadTransfer.Plan(landing, destination, toFacility.Leg.ArriveAt);
                var homeAt = toFacility.Leg.ArriveAt.AddMinutes(settings.GroundTimeAtFacilityMinutes);
                var homeKey = deliveryField is null ? (facility.Id, null, speed, homeAt) : ((string?)null, deliveryField.Id, speed, homeAt);
                // A fixed wing with no runway in the mission has nowhere to land, let alone a base to return to.
                (FlownLeg? Leg, LandingSite? Site) home = (null, null);
                if (!aircraft.Profile.FixedWing || deliveryField is not null)
                {
                    if (!returns.TryGetValue(homeKey, out home))
                    {
                        home = ReturnLeg(session, landing, deliveryField is null ? basesByDistance[facility.Id] : fieldBases[deliveryField.Id], homeAt, speed, threshold);
                        returns.TryAdd(homeKey, home);
                    }
                }

                var context = new OptionContext(request, aircraft, facility, settings, toPickup, toFacility, home.Leg, departureSite, home.Site, prohibitedAtPickup, airfields, landsAt, deliveryField, road);
                sentences ??= OptionRules.ForAircraft(context);
                options[f] = Option(context, optionRules.Check(context, sentences));
            }

            return options;
        }

        // Each aircraft's options depend only on its own legs (the shared caches give the same routes whoever fills
        // them first), so the parallel path concatenates in aircraft order and ranks exactly what the single-threaded one does.
        if (_maxDegreeOfParallelism > 1 && fleet.Length > 1)
        {
            try
            {
                Parallel.For(0, fleet.Length, new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism }, i => byAircraft[i] = OptionsOf(fleet[i]));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                throw;
            }
        }
        else
        {
            for (var i = 0; i < fleet.Length; i++)
            {
                byAircraft[i] = OptionsOf(fleet[i]);
            }
        }

        var options = new List<TaskingOption>(fleet.Length * facilities.Length);
        foreach (var ofAircraft in byAircraft)
        {
            options.AddRange(ofAircraft);
        }

        options.Sort(new OptionRanking(request.NeedsSurgery));
        var ranked = new TaskingOption[options.Count];
        for (var i = 0; i < options.Count; i++)
        {
            ranked[i] = options[i] with { Rank = i + 1 };
        }

        return new TaskingResult(request.IncidentId, situation.Now, request.ResuscitationDueAt, request.SurgeryDueAt, ranked, [], whatIf);
    }

    private static TaskingOption Option(OptionContext context, List<Violation> violations)
    {
        var request = context.Request;
        var facility = context.Facility;
        var pickupEta = context.ToPickup.Leg.ArriveAt;
        // Fixed wing: the casualty reaches the facility by ambulance from the airfield, not when the aircraft lands.
        var facilityEta = context.RoadTransfer?.ArriveAt ?? context.ToFacility.Leg.ArriveAt;

        // 10-1-2: resuscitation starts when an AMET reaches the casualty or the casualty reaches a facility able
        // to resuscitate; surgery when the casualty reaches a Level II or higher with surgery.
        DateTimeOffset? resuscitationAt = context.Aircraft.AmetOnBoard
            ? pickupEta
            : facility.Capabilities.HasFlag(FacilityCapabilities.Resuscitation) ? facilityEta : null;
        DateTimeOffset? surgeryAt = facility.Level >= FacilityLevel.LevelII && facility.Capabilities.HasFlag(FacilityCapabilities.Surgery) ? facilityEta : null;

        IReadOnlyList<GeoPosition> route = context.ToPickup.HasRoute && context.ToFacility.HasRoute
            ? Joined(context.ToPickup.Leg.Route, context.ToFacility.Leg.Route)
            : [];
        IReadOnlyList<TaskingLeg> legs = context.Return is { } home
            ? [context.ToPickup.Leg, context.ToFacility.Leg, home.Leg]
            : [context.ToPickup.Leg, context.ToFacility.Leg];
        return new TaskingOption(
            0,
            context.Aircraft.Id,
            context.Callsign,
            facility.Id,
            facility.Name,
            !violations.Exists(v => v.Severity == ViolationSeverity.Blocking),
            context.ToPickup.Leg.DepartAt,
            pickupEta,
            facilityEta,
            resuscitationAt,
            surgeryAt,
            resuscitationAt <= request.ResuscitationDueAt,
            surgeryAt <= request.SurgeryDueAt,
            route,
            legs,
            violations,
            context.RoadTransfer);
    }

    /// <summary>Leg 1 then leg 2 without repeating the pickup, in one exactly sized array (2,400 options per incident).</summary>
    private static GeoPosition[] Joined(IReadOnlyList<GeoPosition> first, IReadOnlyList<GeoPosition> second)
    {
        var joined = new GeoPosition[first.Count + Math.Max(0, second.Count - 1)];
        for (var i = 0; i < first.Count; i++)
        {
            joined[i] = first[i];
        }

        for (var i = 1; i < second.Count; i++)
        {
            joined[first.Count + i - 1] = second[i];
        }

        return joined;
    }

    /// <summary>Readiness: an airborne aircraft turns now; one on the ground needs its notice to move, longer by night.</summary>
    private static DateTimeOffset LaunchTime(AircraftSnapshot aircraft, DateTimeOffset now, double threshold)
    {
        if (aircraft.Status == AircraftStatus.Airborne)
        {
            return now;
        }

        var night = NightLeg.IsNight(aircraft.Position, now, threshold);
        return now + (night ? aircraft.Readiness.NightNoticeToMove : aircraft.Readiness.DayNoticeToMove);
    }

    private static LandingSite? AtSite(AircraftSnapshot aircraft, Dictionary<string, LandingSite> sites)
    {
        // Within 1 km of its base the aircraft is on the base's pad; elsewhere it stands at an unnamed site.
        if (sites.TryGetValue(aircraft.BaseId, out var home) && GreatCircle.DistanceMeters(home.Position, aircraft.Position) <= 1000)
        {
            return home;
        }

        return null;
    }

    /// <summary>
    /// The base the aircraft can reach soonest from where it landed (for fixed wing, only bases with a runway and
    /// airfields are passed); straight-line distance (bases sorted by it) prunes the routes tried.
    /// </summary>
    private static (FlownLeg? Leg, LandingSite? Site) ReturnLeg(RouteSession session, Waypoint facility, (LandingSite Site, double Metres)[] bases, DateTimeOffset departAt, double speed, double threshold)
    {
        PlannedRoute? best = null;
        LandingSite? bestSite = null;
        foreach (var (site, straight) in bases)
        {
            if (best is not null && straight >= best.DistanceMeters)
            {
                break;
            }

            var route = session.Plan(facility.Position, site.Position, departAt, speed, fieldAtDestination: true);
            if (route.Found && (best is null || route.DistanceMeters < best.DistanceMeters))
            {
                best = route;
                bestSite = site;
            }
        }

        if (best is null || bestSite is null)
        {
            return (null, null);
        }

        return (LegBuilder.Build(3, LegKind.ReturnToBase, facility, new Waypoint(bestSite.Name, bestSite.Position), departAt, best, speed, threshold), bestSite);
    }

    /// <summary>The bases nearest first (ties by id), once per facility and evaluation rather than once per aircraft.</summary>
    private static (LandingSite Site, double Metres)[] ByDistance(GeoPosition from, LandingSite[] bases) =>
        [.. bases.Select(b => (Site: b, Metres: GreatCircle.DistanceMeters(from, b.Position))).OrderBy(b => b.Metres).ThenBy(b => b.Site.Id, StringComparer.Ordinal)];

    private static TaskingResult Failed(TaskingRequest request, TaskingSituation situation, IReadOnlyList<InputError> errors, WhatIf? whatIf)
    {
        var clockStart = request.InjuredAt ?? request.ReportedAt;
        return new TaskingResult(request.IncidentId, situation.Now, clockStart.AddHours(1), clockStart.AddHours(2), [], errors, whatIf);
    }
}
