using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Aircraft.Events;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Facilities.Events;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Grains.Tests.Support;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Grains.Tests;

/// <summary>A restart of every silo loses nothing that was confirmed, on either database (run by the two classes below).</summary>
public abstract class RestartContract(PostgresServer? postgres) : IAsyncLifetime
{
    private OpsCluster _cluster = null!;

    public async ValueTask InitializeAsync() => _cluster = postgres is null ? await OpsCluster.StartAsync() : await OpsCluster.StartAsync(postgres);

    public async ValueTask DisposeAsync()
    {
        await _cluster.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Every_confirmed_event_and_state_survives_a_cluster_restart()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1", "h2");
        var incident = _cluster.Grain<IIncidentGrain>("i-restart");
        await incident.Report(Scenario.Report("r-restart"));
        await incident.GetOptions();
        await incident.ApproveTasking(new ApproveTasking("h2", "l2-gao", null, Scenario.Duty("a-restart")));
        await _cluster.Grain<IAircraftGrain>("h1").SetStatus(AircraftStatus.Unserviceable, "hydraulic leak", Scenario.Duty("us-h1"));
        await _cluster.Grain<IMedicalFacilityGrain>("l2-gao").UpdateStatus(new FacilityStatusUpdate(FacilityStatus.Limited, 3, 1, "one table down"), Scenario.Duty("f1"));
        var before = await incident.GetState();
        var eventsBefore = await incident.GetEvents();
        var logBefore = await _cluster.Events.ReadAllAsync(0, 10_000, TestContext.Current.CancellationToken);

        await _cluster.RestartAsync();

        var after = await _cluster.Grain<IIncidentGrain>("i-restart").GetState();
        after.Should().BeEquivalentTo(before);
        (await _cluster.Grain<IIncidentGrain>("i-restart").GetEvents()).Should().BeEquivalentTo(eventsBefore);
        var h1 = await _cluster.Grain<IAircraftGrain>("h1").GetSnapshot();
        h1.Status.Should().Be(AircraftStatus.Unserviceable);
        (await _cluster.Grain<IAircraftGrain>("h2").GetSnapshot()).Tasking!.IncidentId.Should().Be("i-restart");
        (await _cluster.Grain<IMedicalFacilityGrain>("l2-gao").GetSnapshot()).AvailableBeds.Should().Be(3);
        var picture = await _cluster.Client.GetGrain<IPictureGrain>(IPictureGrain.Key).GetPicture();
        picture.Aircraft.Select(a => a.Id).Should().BeEquivalentTo("h1", "h2");
        picture.Incidents.Should().ContainSingle(i => i.Id == "i-restart" && i.Status == IncidentStatus.Tasked);
        logBefore.Should().NotBeEmpty();
        (await _cluster.Events.ReadAllAsync(0, 10_000, TestContext.Current.CancellationToken)).Should().BeEquivalentTo(logBefore, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task An_aircraft_change_recorded_after_its_last_state_write_is_taken_from_its_stream_on_activation()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        await _cluster.RestartAsync();

        // A tasking acknowledged (its event recorded) by a silo that stopped before grain storage took it: the event
        // stream is the durable record, grain storage only a checkpoint.
        var stream = await _cluster.Events.ReadStreamAsync("aircraft-h1", 0, TestContext.Current.CancellationToken);
        var tasked = new AircraftTasked("i-before-crash", "l2-gao") { OccurredAt = OpsCluster.Start, Actor = "duty" };
        await _cluster.Events.AppendAsync(
            "aircraft-h1", stream[^1].Version, [new NewEvent(nameof(AircraftTasked), OpsEventJson.Serialize(tasked), tasked.OccurredAt, tasked.Actor)], TestContext.Current.CancellationToken);

        var h1 = await _cluster.Grain<IAircraftGrain>("h1").GetSnapshot();
        h1.Status.Should().Be(AircraftStatus.Tasked);
        h1.Tasking!.IncidentId.Should().Be("i-before-crash");
        var other = _cluster.Grain<IIncidentGrain>("i-after-crash");
        await other.Report(Scenario.Report("r-after-crash"));
        (await other.GetOptions()).Should().NotContain(o => o.AircraftId == "h1", "the picture shows h1 tasked");
        var approve = () => _cluster.Grain<IAircraftGrain>("h1").AssignTasking("i-after-crash", "l2-gao", Scenario.Duty("assign-after-crash"));
        (await approve.Should().ThrowAsync<CommandConflictException>()).Which.Code.Should().Be("AIRCRAFT_NOT_AVAILABLE");
    }

    [Fact]
    public async Task A_facility_report_recorded_after_its_last_state_write_is_taken_from_its_stream_on_activation()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        await _cluster.Grain<IMedicalFacilityGrain>("l2-gao").UpdateStatus(new FacilityStatusUpdate(FacilityStatus.Limited, 8, 1, null), Scenario.Duty("f-limited"));
        await _cluster.RestartAsync();

        // A report acknowledged (its event recorded) by a silo that stopped before grain storage took it: the event
        // stream is the durable record, grain storage only a checkpoint.
        var stream = await _cluster.Events.ReadStreamAsync("facility-l2-gao", 0, TestContext.Current.CancellationToken);
        var closed = new FacilityStatusReported(new FacilityStatusUpdate(FacilityStatus.Closed, 0, 0, "mass casualty"), FacilityStatus.Limited)
        {
            OccurredAt = OpsCluster.Start.AddMinutes(5),
            Actor = "med-coord",
        };
        await _cluster.Events.AppendAsync(
            "facility-l2-gao", stream[^1].Version, [new NewEvent(nameof(FacilityStatusReported), OpsEventJson.Serialize(closed), closed.OccurredAt, closed.Actor)], TestContext.Current.CancellationToken);

        var facility = await _cluster.Grain<IMedicalFacilityGrain>("l2-gao").GetSnapshot();
        facility.Status.Should().Be(FacilityStatus.Closed);
        facility.AvailableBeds.Should().Be(0);
        facility.Note.Should().Be("mass casualty");
        facility.UpdatedBy.Should().Be("med-coord");
        facility.UpdatedAt.Should().Be(closed.OccurredAt);
        var picture = await _cluster.Client.GetGrain<IPictureGrain>(IPictureGrain.Key).GetPicture();
        picture.Facilities.Should().ContainSingle(f => f.Profile.Id == "l2-gao").Which.Status.Should().Be(FacilityStatus.Closed);

        var reopened = await _cluster.Grain<IMedicalFacilityGrain>("l2-gao").UpdateStatus(new FacilityStatusUpdate(FacilityStatus.Open, 20, 2, null), Scenario.Duty("f-reopen"));
        reopened.Status.Should().Be(FacilityStatus.Open);
        var after = await _cluster.Events.ReadStreamAsync("facility-l2-gao", 0, TestContext.Current.CancellationToken);
        after.Select(e => e.Version).Should().Equal(Enumerable.Range(1, stream.Count + 2).Select(v => (long)v));
        OpsEventJson.Deserialize(after[^1].Type, after[^1].Data).Should().BeOfType<FacilityStatusReported>()
            .Which.Previous.Should().Be(FacilityStatus.Closed, "the report after the restart knows the status the stream recorded");
    }
}

/// <summary>The embedded default: a SQLite file.</summary>
public sealed class SqliteRestartTests() : RestartContract(null);

/// <summary>Cluster mode: a real PostgreSQL server started by the fixture (initdb + pg_ctl), a database of its own.</summary>
public sealed class PostgresRestartTests(PostgresServer postgres) : RestartContract(postgres), IClassFixture<PostgresServer>;
