using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Grains.Tests.Support;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Storage.Sqlite;

namespace PeaceOps.Ops.Grains.Tests.Replay;

/// <summary>
/// Issue 9's proof of replay: a live hour run through the real grains (two silos, a real SQLite event store and position
/// log, a fake clock), the live picture read from the picture grain (what the REST picture and the hub serve) and hashed
/// at many moments, then each moment rebuilt from the logs alone by replay and compared. The live side is the grains,
/// not a model of them, so a grain that shows something its events do not record fails here.
/// </summary>
public sealed class LivePictureReplayTests : IAsyncLifetime
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(97);
    private OpsCluster _cluster = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _cluster = await OpsCluster.StartAsync();

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task Replaying_a_live_run_gives_at_every_sampled_time_exactly_the_picture_that_was_live()
    {
        var samples = await RunLiveHourAsync();
        var database = new SqliteDatabase(_cluster.DatabasePath);
        var replay = new PictureAtTime(_cluster.Events, new PositionHistory(database), new PictureSnapshotStore(database, _cluster.Time)) { SnapshotAfterEvents = 5 };

        samples.Should().HaveCountGreaterThan(30);
        samples.Select(s => s.Hash).Distinct().Should().HaveCountGreaterThan(30, "the picture must change between samples for the comparison to mean anything");
        // Latest first as well: a later request for an earlier moment must not use a snapshot from its future.
        foreach (var (at, live, _) in samples.AsEnumerable().Reverse().Concat(samples))
        {
            var replayed = await replay.AtAsync(at, Cancel);
            PictureHash.Compute(replayed).Should().Be(PictureHash.Compute(live), $"the replayed picture at {at:O} must be the one that was live");
            replayed.Incidents.Select(i => i.Id).Should().Equal(live.Incidents.Select(i => i.Id), "both list incidents in the same order");
        }
    }

    [Fact]
    public async Task The_live_picture_shows_the_replan_flag_and_lists_the_oldest_casualty_first()
    {
        var samples = await RunLiveHourAsync();
        var end = samples[^1].Picture;

        string[] oldestFirst = [IncidentIds.ForIdempotencyKey("later-casualty"), IncidentIds.ForIdempotencyKey("first-casualty")];
        end.Incidents.Select(i => i.Id).Should().Equal(oldestFirst.AsEnumerable(),
            "the casualty injured first is listed first, whatever order they were reported in");
        samples.Select(s => s.Picture).Should().Contain(
            p => p.Incidents.Any(i => i.ReplanFlagged), "the diverting facility flags the incident heading there for re-planning");
    }

    /// <summary>
    /// An hour near Gao: positions every 10 to 40 s per aircraft; settings, a landing site and a restricted zone set; an
    /// incident reported, tasked, flown, flagged for re-planning when its facility starts diverting, diverted, closed; an aircraft
    /// unserviceable and back; the zone withdrawn; a second casualty, injured earlier, reported late and never opened.
    /// </summary>
    private async Task<List<(DateTimeOffset At, PictureSnapshot Picture, string Hash)>> RunLiveHourAsync()
    {
        string[] fleet = ["h1", "h2", "h3", "h4"];
        await Scenario.RegisterFleetAsync(_cluster, fleet);
        await _cluster.Grain<IMedicalFacilityGrain>("l2-tim").Register(Scenario.Hospital("l2-tim") with { Position = new GeoPoint(16.77, -3.0) }, CommandContext.System("register-l2-tim"));
        var mission = _cluster.Grain<IMissionGrain>(IMissionGrain.Key);
        await mission.UpdateSettings(new MissionSettingsDto(NightFlightAuthorized: true), Admin("settings"));
        await mission.SetLandingSite(new LandingSiteDto("hls-7", "HLS 7", new GeoPoint(16.4, -0.3), NightCapable: false), Admin("hls-7"));
        var zone = await mission.AddZone(new AirspaceZoneDto("r-12", "R-12", AirspaceKind.Restricted, [[new(16.0, -1.0), new(16.0, -0.8), new(16.2, -0.8), new(16.0, -1.0)]], 0, 10000), Admin("r-12"));
        var first = _cluster.Grain<IIncidentGrain>(IncidentIds.ForIdempotencyKey("first-casualty"));
        var later = _cluster.Grain<IIncidentGrain>(IncidentIds.ForIdempotencyKey("later-casualty"));

        var samples = new List<(DateTimeOffset, PictureSnapshot, string)>();
        var picture = _cluster.Client.GetGrain<IPictureGrain>(IPictureGrain.Key);
        var nextSample = OpsCluster.Start + SampleEvery;
        for (var tick = 1; tick <= 360; tick++)
        {
            _cluster.Time.Advance(Tick);
            var now = _cluster.Time.GetUtcNow();
            for (var n = 1; n <= fleet.Length; n++)
            {
                if (tick % n == 0)
                {
                    await _cluster.Grain<IAircraftGrain>(fleet[n - 1]).ReportPositions(
                        [new PositionReport($"{fleet[n - 1]}-{tick}", now, 16.25 + (n * 0.01) + (tick * 0.0005), -0.05 - (tick * 0.0003), 300, 290, 120)]);
                }
            }

            switch (tick)
            {
                case 30:
                    await first.Report(Scenario.Report("first-casualty"));
                    await first.GetOptions();
                    break;
                case 40:
                    await first.ApproveTasking(new ApproveTasking("h2", "l2-gao", null, Scenario.Duty("approve-first")));
                    break;
                case 60:
                    await first.Advance(new AdvanceIncident(IncidentMilestone.Launched, null, null, Scenario.Duty("launched")));
                    break;
                case 80:
                    await first.Advance(new AdvanceIncident(IncidentMilestone.AtPickup, null, null, Scenario.Duty("pickup")));
                    break;
                case 100:
                    await first.Advance(new AdvanceIncident(IncidentMilestone.PatientsOnBoard, null, null, Scenario.Duty("on-board")));
                    break;
                case 120:
                    await _cluster.Grain<IMedicalFacilityGrain>("l2-gao").UpdateStatus(
                        new FacilityStatusUpdate(FacilityStatus.Diverting, 0, 0, "mass casualty"), new CommandContext("medical", "diverting", "corr-diverting"));
                    break;
                case 140:
                    await first.Advance(new AdvanceIncident(IncidentMilestone.Diverted, "Level II Gao diverting", "l2-tim", Scenario.Duty("divert")));
                    break;
                case 170:
                    await _cluster.Grain<IAircraftGrain>("h3").SetStatus(AircraftStatus.Unserviceable, "hydraulics", Admin("h3-u/s"));
                    break;
                case 220:
                    await first.Advance(new AdvanceIncident(IncidentMilestone.AtFacility, null, null, Scenario.Duty("handover")));
                    break;
                case 240:
                    await first.Advance(new AdvanceIncident(IncidentMilestone.Closed, null, null, Scenario.Duty("closed")));
                    break;
                case 260:
                    await mission.RemoveZone(zone.Id, Admin("withdraw-r-12"));
                    break;
                case 280:
                    // Injured before the first casualty, reported only now: the picture must still list it first.
                    await later.Report(Scenario.Report("later-casualty", lat: 16.6) with { InjuredAt = OpsCluster.Start.AddMinutes(-30) });
                    break;
                case 300:
                    await _cluster.Grain<IAircraftGrain>("h3").SetStatus(AircraftStatus.Available, null, Admin("h3-back"));
                    break;
                default:
                    break;
            }

            if (now >= nextSample)
            {
                var live = await picture.GetPicture();
                samples.Add((now, live, PictureHash.Compute(live)));
                nextSample += SampleEvery;
            }
        }

        return samples;
    }

    private static CommandContext Admin(string key) => new("admin", key, "corr-" + key);
}
