using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Grains.Tests.Support;

namespace PeaceOps.Ops.Grains.Tests;

public sealed class IncidentLifecycleTests : IAsyncLifetime
{
    private OpsCluster _cluster = null!;

    public async ValueTask InitializeAsync() => _cluster = await OpsCluster.StartAsync();

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task An_incident_goes_from_report_to_closed_and_frees_its_aircraft()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        var incident = _cluster.Grain<IIncidentGrain>(IncidentIds.ForIdempotencyKey("r1"));
        var reported = await incident.Report(Scenario.Report("r1"));
        reported.Clocks.ResuscitationDueAt.Should().Be(OpsCluster.Start.AddHours(1));
        reported.Clocks.SurgeryDueAt.Should().Be(OpsCluster.Start.AddHours(2));
        reported.Precedence.Should().Be(Precedence.UrgentSurgical);

        var options = await incident.GetOptions();
        var tasked = await incident.ApproveTasking(new ApproveTasking(options[0].AircraftId, options[0].FacilityId, null, Scenario.Duty("a1")));
        tasked.ToSummary().FacilityEta.Should().Be(options[0].FacilityEta, "the receiving facility sees when its casualties arrive");
        foreach (var (step, key) in new[] { (IncidentMilestone.Launched, "s1"), (IncidentMilestone.AtPickup, "s2"), (IncidentMilestone.PatientsOnBoard, "s3"), (IncidentMilestone.AtFacility, "s4"), (IncidentMilestone.Closed, "s5") })
        {
            _cluster.Time.Advance(TimeSpan.FromMinutes(10));
            await incident.Advance(new AdvanceIncident(step, null, null, Scenario.Duty(key)));
        }

        var state = await incident.GetState();
        state.Status.Should().Be(IncidentStatus.Closed);
        state.Tasking!.AircraftId.Should().Be("h1");
        (await _cluster.Grain<IAircraftGrain>("h1").GetSnapshot()).Tasking.Should().BeNull();
        var events = await incident.GetEvents();
        events.Select(e => e.Type).Should().Equal(
            "IncidentReported", "OptionsProposed", "TaskingApproved", "AircraftLaunched", "ArrivedAtPickup", "PatientsLoaded", "HandedOver", "IncidentClosed");
        events.Select(e => e.Sequence).Should().BeInAscendingOrder();
        events.Single(e => e.Type == "TaskingApproved").Actor.Should().Be("duty");
    }

    [Fact]
    public async Task Two_incidents_racing_for_one_aircraft_get_it_exactly_once()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        var incidents = new[] { "race-a", "race-b", "race-c" }.Select(k => _cluster.Grain<IIncidentGrain>(IncidentIds.ForIdempotencyKey(k))).ToArray();
        for (var i = 0; i < incidents.Length; i++)
        {
            await incidents[i].Report(Scenario.Report("race-" + i));
            await incidents[i].GetOptions();
        }

        var attempts = incidents.Select((incident, i) => Attempt(incident.ApproveTasking(new ApproveTasking("h1", "l2-gao", null, Scenario.Duty("approve-" + i))))).ToArray();
        var outcomes = await Task.WhenAll(attempts);

        outcomes.Count(o => o is null).Should().Be(1);
        outcomes.Where(o => o is not null).Should().AllSatisfy(o => o.Should().BeOfType<CommandConflictException>().Which.Code.Should().Be("AIRCRAFT_NOT_AVAILABLE"));
        var tasking = (await _cluster.Grain<IAircraftGrain>("h1").GetSnapshot()).Tasking;
        var winner = incidents[Array.FindIndex(outcomes, o => o is null)];
        tasking!.IncidentId.Should().Be(winner.GetPrimaryKeyString());
    }

    [Fact]
    public async Task Launching_an_untasked_incident_is_a_conflict_naming_its_status()
    {
        var incident = _cluster.Grain<IIncidentGrain>("i-untasked");
        await incident.Report(Scenario.Report("r-untasked"));

        var act = () => incident.Advance(new AdvanceIncident(IncidentMilestone.Launched, null, null, Scenario.Duty("launch")));

        (await act.Should().ThrowAsync<CommandConflictException>()).Which.CurrentState.Should().Be("Reported");
        (await incident.GetEvents()).Should().ContainSingle();
    }

    [Fact]
    public async Task A_retried_report_and_approval_have_no_second_effect()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        var incident = _cluster.Grain<IIncidentGrain>(IncidentIds.ForIdempotencyKey("retry"));
        var first = await incident.Report(Scenario.Report("retry"));
        var again = await incident.Report(Scenario.Report("retry"));
        await incident.GetOptions();
        var approve = new ApproveTasking("h1", "l2-gao", null, Scenario.Duty("approve-retry"));
        await incident.ApproveTasking(approve);
        await incident.ApproveTasking(approve);

        again.Version.Should().Be(first.Version);
        (await incident.GetEvents()).Count(e => e.Type is "IncidentReported" or "TaskingApproved").Should().Be(2);
    }

    [Fact]
    public async Task An_option_with_blocking_violations_needs_an_override_reason()
    {
        await Scenario.RegisterFleetAsync(_cluster, "h1");
        await _cluster.Grain<Contracts.Facilities.IMedicalFacilityGrain>("blocked-l2").Register(Scenario.Hospital("blocked-l2"), CommandContext.System("reg-blocked"));
        var incident = _cluster.Grain<IIncidentGrain>("i-override");
        await incident.Report(Scenario.Report("r-override"));
        await incident.GetOptions();

        var refused = () => incident.ApproveTasking(new ApproveTasking("h1", "blocked-l2", null, Scenario.Duty("o1")));
        (await refused.Should().ThrowAsync<CommandRejectedException>()).Which.Field.Should().Be("overrideReason");
        var tasked = await incident.ApproveTasking(new ApproveTasking("h1", "blocked-l2", "Patient will not survive the wait", Scenario.Duty("o2")));

        tasked.Tasking!.OverrideReason.Should().Be("Patient will not survive the wait");
    }

    [Fact]
    public async Task Unknown_ids_answer_not_found()
    {
        var aircraft = () => _cluster.Grain<IAircraftGrain>("never-registered").GetSnapshot();
        var incident = () => _cluster.Grain<IIncidentGrain>("never-reported").GetState();

        (await aircraft.Should().ThrowAsync<EntityNotFoundException>()).Which.Kind.Should().Be("aircraft");
        (await incident.Should().ThrowAsync<EntityNotFoundException>()).Which.Kind.Should().Be("incident");
    }

    [Fact]
    public async Task A_report_that_fails_validation_writes_no_event()
    {
        var incident = _cluster.Grain<IIncidentGrain>("i-invalid");

        var act = () => incident.Report(Scenario.Report("r-invalid", lat: 123));

        (await act.Should().ThrowAsync<CommandRejectedException>()).Which.Field.Should().Be("nineLine.pickup.lat");
        (await _cluster.Events.ReadStreamAsync("incident-i-invalid", 0, TestContext.Current.CancellationToken)).Should().BeEmpty();
    }

    private static async Task<Exception?> Attempt(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (OpsCommandException ex)
        {
            return ex;
        }
    }
}
