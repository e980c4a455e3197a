using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Replay.Tests.Support;

namespace PeaceOps.Ops.Replay.Tests.Picture;

/// <summary>
/// The fold of recorded events on its own, fast and without a cluster: each event paired with the change its grain
/// publishes, so every event kind the picture uses is covered. The proof against the real grains is
/// LivePictureReplayTests in PeaceOps.Ops.Grains.Tests.
/// </summary>
public sealed class ReplayMatchesLiveTests
{
    internal static readonly DateTimeOffset Start = new(2026, 3, 14, 18, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Runs a scripted hour (registrations, positions every 5 s, a tasking, a facility diverting, a zone withdrawn,
    /// settings changed, an incident reported and tasked) and records the live picture's hash every 97 s.
    /// </summary>
    internal static async Task<(RecordedRun Run, List<(DateTimeOffset At, string Hash)> Samples)> RunAsync()
    {
        var run = await RecordedRun.StartAsync(Start);
        var samples = new List<(DateTimeOffset, string)>();
        AircraftProfile Profile(int n) => new($"ac-{n}", $"UN-{n}", "Mi-8MTV", "base-1", new GeoPoint(14 + (n * 0.1), -2), n % 2 == 0, true, 225, 210, 7, 3, false);
        var aircraft = new Dictionary<string, AircraftSnapshot>();
        for (var n = 1; n <= 4; n++)
        {
            var p = Profile(n);
            var snapshot = new AircraftSnapshot(p, AircraftStatus.Available, new AircraftPosition(p.BasePosition.Lat, p.BasePosition.Lon, 0, 0, 0, run.Time.GetUtcNow()),
                p.EnduranceMinutes, null, null, run.Time.GetUtcNow());
            aircraft[p.Id] = snapshot;
            await run.RecordAsync($"aircraft-{p.Id}", "AircraftRegistered", new { profile = p, occurredAt = run.Time.GetUtcNow(), actor = "system" }, new AircraftChanged(snapshot));
        }

        var level2 = new FacilityProfile("fac-2", "Level II Gao", FacilityLevel.LevelII, new GeoPoint(16.27, -0.04), true, true, 20, 2);
        var facility = new FacilitySnapshot(level2, FacilityStatus.Open, 20, 2, null, run.Time.GetUtcNow(), "system");
        await run.RecordAsync("facility-fac-2", "FacilityRegistered", new { profile = level2 }, new FacilityChanged(facility));
        var zone = new AirspaceZoneDto("r-12", "R-12", AirspaceKind.Restricted, [[new(15, -1), new(15, 0), new(16, 0), new(15, -1)]], 0, 10000);
        await run.RecordAsync("mission-mission", "AirspaceZoneSet", new { zone }, new AirspaceZoneChanged(zone), "admin");

        var step = TimeSpan.FromSeconds(5);
        var nextSample = Start.AddSeconds(97);
        for (var tick = 1; tick <= 720; tick++)
        {
            run.Time.Advance(step);
            var now = run.Time.GetUtcNow();
            foreach (var id in aircraft.Keys)
            {
                var n = id[^1] - '0';
                if (tick % n == 0)
                {
                    await run.ReportPositionAsync(id, new AircraftPosition(14 + (n * 0.1) + (tick * 0.0005), -2 + (tick * 0.0003), 300, 45, 120, now));
                }
            }

            switch (tick)
            {
                case 100:
                    var tasked = aircraft["ac-2"] with { Status = AircraftStatus.Tasked, Tasking = new AircraftTasking("inc-1", "fac-2", now, "duty"), StatusChangedAt = now };
                    await run.RecordAsync("aircraft-ac-2", "AircraftTasked", new { incidentId = "inc-1", facilityId = "fac-2" },
                        new AircraftChanged(tasked with { Position = run.Live.FindAircraft("ac-2")!.Position }), "duty");
                    break;
                case 150:
                    var summary = new IncidentSummary("inc-1", IncidentStatus.Tasked, Precedence.UrgentSurgical, new GeoPoint(15.2, -1.5), "30PXC", now.AddMinutes(-20),
                        IncidentClocks.From(now.AddMinutes(-20)), "ac-2", "fac-2", false, 2);
                    await run.RecordAsync("mission-mission", "IncidentTracked", new { entry = new { incident = summary, route = Array.Empty<GeoPoint>() } }, new IncidentUpdated(summary));
                    break;
                case 300:
                    var diverting = facility with { Status = FacilityStatus.Diverting, AvailableBeds = 0, AvailableOperatingTables = 0, Note = "mass casualty", UpdatedAt = now, UpdatedBy = "medical" };
                    await run.RecordAsync("facility-fac-2", "FacilityStatusReported",
                        new { update = new FacilityStatusUpdate(FacilityStatus.Diverting, 0, 0, "mass casualty"), previous = FacilityStatus.Open },
                        new FacilityChanged(diverting), "medical");
                    break;
                case 420:
                    await run.RecordAsync("mission-mission", "AirspaceZoneDeleted", new { zoneId = "r-12" }, new AirspaceZoneRemoved("r-12"), "admin");
                    break;
                case 500:
                    await run.RecordAsync("mission-mission", "MissionSettingsUpdated", new { settings = new MissionSettingsDto(NightFlightAuthorized: true) },
                        new MissionSettingsChanged(new MissionSettingsDto(NightFlightAuthorized: true)), "admin");
                    break;
                case 600:
                    var unserviceable = run.Live.FindAircraft("ac-3")! with { Status = AircraftStatus.Unserviceable, StatusNote = "hydraulics", StatusChangedAt = now };
                    await run.RecordAsync("aircraft-ac-3", "AircraftStatusChanged", new { status = AircraftStatus.Unserviceable, previous = AircraftStatus.Available, note = "hydraulics" },
                        new AircraftChanged(unserviceable), "admin");
                    break;
                default:
                    break;
            }

            if (now >= nextSample)
            {
                samples.Add((now, PictureHash.Compute(run.Live.ToSnapshot(now, "live"))));
                nextSample = nextSample.AddSeconds(97);
            }
        }

        return (run, samples);
    }

    [Fact]
    public async Task Replaying_a_recorded_run_gives_at_every_sampled_time_exactly_the_picture_that_was_live()
    {
        var (run, samples) = await RunAsync();
        await using var _ = run;
        var replayer = run.Replayer();

        samples.Should().HaveCountGreaterThan(30);
        foreach (var (at, hash) in samples)
        {
            PictureHash.Compute(await replayer.AtAsync(at, TestContext.Current.CancellationToken)).Should().Be(hash, $"the replayed picture at {at:O} must be the live one");
        }
    }

    [Fact]
    public async Task Jumping_backwards_and_forwards_through_snapshots_gives_the_same_pictures()
    {
        var (run, samples) = await RunAsync();
        await using var _ = run;
        var replayer = run.Replayer(snapshotAfterEvents: 2);

        // Latest first, so later requests for earlier times must not pick a snapshot from their future.
        foreach (var (at, hash) in samples.AsEnumerable().Reverse().Concat(samples))
        {
            PictureHash.Compute(await replayer.AtAsync(at, TestContext.Current.CancellationToken)).Should().Be(hash);
        }
    }

    [Fact]
    public async Task Before_the_first_event_the_picture_is_empty_and_replay_writes_no_event()
    {
        var (run, _) = await RunAsync();
        await using var __ = run;
        var before = await run.Events.ReadLastSequenceAsync(TestContext.Current.CancellationToken);

        var picture = await run.Replayer().AtAsync(Start.AddMinutes(-1), TestContext.Current.CancellationToken);

        picture.Aircraft.Should().BeEmpty();
        picture.Facilities.Should().BeEmpty();
        (await run.Events.ReadLastSequenceAsync(TestContext.Current.CancellationToken)).Should().Be(before);
        (await run.Replayer().LogStartAsync(TestContext.Current.CancellationToken)).Should().Be(Start);
    }
}
