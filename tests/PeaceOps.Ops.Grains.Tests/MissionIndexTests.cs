using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Incidents.Events;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Grains.Tests.Support;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Grains.Tests;

/// <summary>
/// The mission's index of incidents is derived from the incidents' own streams, not written on their command path: it must
/// come back after a restart, catch up with a change whose notification never arrived, ignore an older notification, and
/// keep driving re-planning when a facility stops accepting (run on both databases by the two classes below).
/// </summary>
public abstract class MissionIndexContract(PostgresServer? postgres) : IAsyncLifetime
{
    private OpsCluster _cluster = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _cluster = postgres is null ? await OpsCluster.StartAsync() : await OpsCluster.StartAsync(postgres);

    public async ValueTask DisposeAsync()
    {
        await _cluster.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_index_is_rebuilt_from_the_incidents_after_a_restart_and_still_flags_replanning()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1", "h2");
        var tasked = _cluster.Grain<IIncidentGrain>("i-tasked");
        await tasked.Report(Scenario.Report("r-tasked"));
        await tasked.GetOptions();
        await tasked.ApproveTasking(new ApproveTasking("h1", "l2-gao", null, Scenario.Duty("a-tasked")));
        await _cluster.Grain<IIncidentGrain>("i-waiting").Report(Scenario.Report("r-waiting", lat: 16.6));

        await _cluster.RestartAsync();

        var index = (await Mission.GetSnapshot()).Incidents.ToDictionary(e => e.IncidentId);
        index.Keys.Should().BeEquivalentTo("i-tasked", "i-waiting");
        index["i-tasked"].Incident.Status.Should().Be(IncidentStatus.Tasked);
        index["i-tasked"].Incident.AircraftId.Should().Be("h1");
        index["i-tasked"].Route.Should().NotBeEmpty("an airspace change is checked against the chosen route");
        index["i-waiting"].Incident.Status.Should().Be(IncidentStatus.Reported);
        (await _cluster.Events.ReadAllAsync(0, 10_000, Cancel)).Should().NotContain(e => e.StreamId.StartsWith("mission-", StringComparison.Ordinal) && e.Type == "IncidentTracked",
            "the index is a projection of the incidents' streams, not a write of its own");

        await _cluster.Grain<IMedicalFacilityGrain>("l2-gao").UpdateStatus(new FacilityStatusUpdate(FacilityStatus.Diverting, 0, 0, "mass casualty"), Scenario.Duty("f-divert"));

        (await Eventually(() => _cluster.Grain<IIncidentGrain>("i-tasked").GetState(), s => s.Replan is not null)).Replan!.Cause.Should().Be("facility");
        (await _cluster.Grain<IIncidentGrain>("i-waiting").GetState()).Replan.Should().BeNull("an incident without a tasking has no route to re-plan");
    }

    [Fact]
    public async Task A_change_whose_notification_never_arrived_is_caught_up_from_the_log_and_an_older_notification_changes_nothing()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        var shown = _cluster.Grain<IIncidentGrain>("i-shown");
        await shown.Report(Scenario.Report("r-shown"));
        var option = (await shown.GetOptions())[0];
        (await Mission.GetSnapshot()).Incidents.Select(e => e.IncidentId).Should().Equal("i-shown");

        // An incident recorded its report and tasking, and its silo stopped before telling the mission.
        var reported = new IncidentReported("i-lost", Scenario.NineLine(16.7), OpsCluster.Start, Precedence.Urgent) { OccurredAt = OpsCluster.Start, Actor = "duty" };
        var approved = new TaskingApproved(option.AircraftId, option.FacilityId, null, option, [option], OpsCluster.Start) { OccurredAt = OpsCluster.Start, Actor = "duty" };
        await _cluster.Events.AppendAsync("incident-i-lost", 0, [Row(reported), Row(approved)], Cancel);

        var lost = (await Mission.GetSnapshot()).Incidents.Single(e => e.IncidentId == "i-lost");
        lost.Incident.Status.Should().Be(IncidentStatus.Tasked);
        lost.Incident.AircraftId.Should().Be(option.AircraftId);
        lost.Version.Should().Be(2);

        // A notification from before the tasking, arriving late (or twice), must not take the index back.
        var stale = lost with { Incident = lost.Incident with { Status = IncidentStatus.Reported, AircraftId = null, FacilityId = null }, Route = [], Version = 1 };
        await Mission.TrackIncident(stale);
        await Mission.TrackIncident(stale);
        await Mission.EnlistFacility("l2-gao");
        (await Mission.GetSnapshot()).Incidents.Single(e => e.IncidentId == "i-lost").Should().BeEquivalentTo(lost);

        await _cluster.Grain<IMedicalFacilityGrain>("l2-gao").UpdateStatus(new FacilityStatusUpdate(FacilityStatus.Closed, 0, 0, "generator failure"), Scenario.Duty("f-close"));

        var flagged = await Eventually(() => _cluster.Grain<IIncidentGrain>("i-lost").GetState(), s => s.Replan is not null);
        flagged.Replan!.Reason.Should().Contain("Closed");
    }

    private IMissionGrain Mission => _cluster.Grain<IMissionGrain>(IMissionGrain.Key);

    private static NewEvent Row(IncidentEvent e) => new(OpsEventJson.TypeName(e), OpsEventJson.Serialize(e), e.OccurredAt, e.Actor);

    // Re-plan flags travel one-way (the flagger never waits on the incident): poll until the flag is recorded.
    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Cancel);
            value = await read();
        }

        return value;
    }
}

/// <summary>The embedded default: a SQLite file.</summary>
public sealed class SqliteMissionIndexTests() : MissionIndexContract(null);

/// <summary>Cluster mode: a real PostgreSQL server started by the fixture.</summary>
public sealed class PostgresMissionIndexTests(PostgresServer postgres) : MissionIndexContract(postgres), IClassFixture<PostgresServer>;
