using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Planning.Tasking;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Silo.Tests.Support;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Silo.Tests.Api;

/// <summary>
/// The after-action report of the live product prices the night-flight restriction with the tasking engine's what-if.
/// The incident is placed where it is local midnight now (the host runs on the real clock), so it is deep night
/// wherever and whenever the test runs; the only thing between the casualty and a night lift is the authorisation.
/// </summary>
public sealed class AfterActionWhatIfTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_night_incident_without_night_authorisation_reports_the_engines_what_if_cost()
    {
        var pickup = NightIncident.MidnightNow();
        var id = await NightIncident.ScriptAsync(api.Host.Services, api.ClientAsync, pickup);
        using var reviewer = await api.ClientAsync("reviewer");

        var aar = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}/aar", Cancel);
        var night = aar.GetProperty("impediments").EnumerateArray()
            .Single(i => i.GetProperty("description").GetString() == "night flight not authorised");
        var expected = await EnginesNightCostAsync(id);
        TestContext.Current.TestOutputHelper?.WriteLine($"pickup {pickup}; report {night.GetProperty("minutes").GetDouble():0.0} min; engine scan {expected:0.0} min");

        night.GetProperty("basis").GetString().Should().Be("whatIf");
        expected.Should().BeGreaterThan(60, "at midnight the casualty waits hours for first light");
        night.GetProperty("minutes").GetDouble().Should().BeApproximately(expected, 1.0, "the report's figure is the engine's, found to the minute");

        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"));
        var to = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddSeconds(1).ToString("O"));
        var period = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/reports/impediments?from={from}&to={to}", Cancel);
        period.GetProperty("impediments").EnumerateArray()
            .Single(t => t.GetProperty("class").GetString() == "nightFlightRestriction")
            .GetProperty("minutes").GetDouble().Should().BeApproximately(night.GetProperty("minutes").GetDouble(), 0.001,
                "the mission impediment report attributes the same what-if minutes");
    }

    /// <summary>
    /// Worked out independently of the report's code path: the engine on the recorded inputs with night flight lifted
    /// gives the arrival that was possible; scanning minute by minute with the constraint in place gives the first
    /// arrival that was allowed. The cost is the difference.
    /// </summary>
    private async Task<double> EnginesNightCostAsync(string id)
    {
        var services = api.Host.Services;
        var incident = await services.GetRequiredService<IGrainFactory>().GetGrain<IIncidentGrain>(id).GetState();
        var recorded = await services.GetRequiredService<IEventStore>().ReadStreamAsync("incident-" + id, 0, Cancel);
        var optionsAt = recorded.Single(e => e.Type == "OptionsProposed").OccurredAt;
        var picture = await services.GetRequiredService<PictureAtTime>().AtAsync(optionsAt, Cancel);
        var engine = new TaskingEngine();
        var request = OptionPlanner.RequestFor(id, incident.NineLine, incident.InjuredAt, incident.ReportedAt);
        var situation = OptionPlanner.SituationFrom(picture, optionsAt);

        engine.Evaluate(request, situation).Options.Should().NotBeEmpty().And.OnlyContain(o => !o.Feasible, "nothing may fly at night");
        var lifted = engine.Evaluate(request, situation, WhatIf.NightFlightAuthorised).Options.First(o => o.Feasible).FacilityEta;
        for (var wait = TimeSpan.FromMinutes(1); wait <= TimeSpan.FromHours(18); wait += TimeSpan.FromMinutes(1))
        {
            if (engine.Evaluate(request, situation with { Now = optionsAt + wait }).Options.FirstOrDefault(o => o.Feasible) is { } allowed)
            {
                return (allowed.FacilityEta - lifted).TotalMinutes;
            }
        }

        throw new InvalidOperationException("No option became feasible within 18 hours.");
    }
}
