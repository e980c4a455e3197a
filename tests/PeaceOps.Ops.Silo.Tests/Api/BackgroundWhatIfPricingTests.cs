using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.HostTesting;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Silo.Api.Replay;
using PeaceOps.Ops.Silo.Tests.Support;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Silo.Tests.Api;

/// <summary>
/// What-if costs are worked out in the background when an incident ends, so the mission report never waits for the
/// engine. The pricer's clock is a <see cref="FakeTimeProvider"/> (the rest of the product runs on the real clock):
/// it checks the log once at start and then only when the test moves its clock on, so "not yet priced" is a state the
/// test controls, not a race.
/// </summary>
public sealed class BackgroundWhatIfPricingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task An_incident_that_ends_is_priced_in_the_background_and_the_report_marks_it_pending_until_then()
    {
        var pricerClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RunningHost.StartAsync(configureServices: s => UsePricerClock(s, pricerClock));
        await host.WaitUntilReadyAsync();
        var pricer = host.Services.GetRequiredService<WhatIfPricer>();
        await pricer.WhenPassesCompletedAsync(1).WaitAsync(Patience, Cancel);

        var from = DateTimeOffset.UtcNow.AddMinutes(-1);
        var id = await NightIncident.ScriptAsync(host.Services, user => ClientAsync(host, user), NightIncident.MidnightNow());
        await EndAsync(host, id);
        var to = DateTimeOffset.UtcNow.AddSeconds(1);
        using var reviewer = await ClientAsync(host, "reviewer");

        var pending = await ReportAsync(reviewer, from, to);
        pending.GetProperty("incidents").GetInt32().Should().Be(1);
        pending.GetProperty("whatIfPending").GetInt32().Should().Be(1, "nobody has priced the incident yet, and the report does not");
        NightMinutes(pending).Should().Be(0, "a pending incident contributes its measured costs only");
        (await reviewer.GetStringAsync(ReportUri(from, to, "csv"), Cancel)).Should().Contain("totals,whatIfPending,count,1");
        (await reviewer.GetStringAsync(ReportUri(from, to, "html"), Cancel)).Should().Contain("What-if costs pending for 1 incident(s)");

        pricerClock.Advance(pricer.PollInterval);
        await pricer.WhenPassesCompletedAsync(2).WaitAsync(Patience, Cancel);

        pricer.Priced.Should().Be(1, "the ended incident is priced without anyone asking for a report");
        var complete = await ReportAsync(reviewer, from, to);
        complete.GetProperty("whatIfPending").GetInt32().Should().Be(0);
        NightMinutes(complete).Should().BeGreaterThan(60, "at midnight the casualty waits hours for first light");
        var aar = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}/aar", Cancel);
        aar.GetProperty("whatIfPending").GetBoolean().Should().BeFalse();
        aar.GetProperty("impediments").EnumerateArray().Single(i => i.GetProperty("class").GetString() == "nightFlightRestriction")
            .GetProperty("minutes").GetDouble().Should().Be(NightMinutes(complete), "the after-action report reads the figure the pricer recorded");
    }

    [Fact]
    public async Task After_a_restart_the_pricer_prices_the_incidents_that_ended_unpriced()
    {
        using var directory = new TempDirectory();
        string id;
        DateTimeOffset from;
        var firstClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using (var first = await RunningHost.StartAsync(dataDirectory: directory.Path, configureServices: s => UsePricerClock(s, firstClock)))
        {
            await first.WaitUntilReadyAsync();
            var pricer = first.Services.GetRequiredService<WhatIfPricer>();
            await pricer.WhenPassesCompletedAsync(1).WaitAsync(Patience, Cancel);
            from = DateTimeOffset.UtcNow.AddMinutes(-1);
            id = await NightIncident.ScriptAsync(first.Services, user => ClientAsync(first, user), NightIncident.MidnightNow());
            await EndAsync(first, id);

            // The host stops before its pricer looks again (its clock never moves): the ended incident is left unpriced.
            pricer.Priced.Should().Be(0);
        }

        var secondClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var second = await RunningHost.StartAsync(dataDirectory: directory.Path, configureServices: s => UsePricerClock(s, secondClock));
        await second.WaitUntilReadyAsync();
        var restarted = second.Services.GetRequiredService<WhatIfPricer>();
        await restarted.WhenPassesCompletedAsync(1).WaitAsync(Patience, Cancel);

        restarted.Priced.Should().Be(1, "the first pass after a restart backfills what ended unpriced");
        var history = await second.Services.GetRequiredService<IncidentHistoryReader>().ReadAsync(id, Cancel);
        (await second.Services.GetRequiredService<RecordedWhatIfCosts>().RecordedAsync(history!, Cancel)).Should().NotBeNull();
        using var reviewer = await ClientAsync(second, "reviewer");
        var report = await ReportAsync(reviewer, from, DateTimeOffset.UtcNow.AddSeconds(1));
        report.GetProperty("whatIfPending").GetInt32().Should().Be(0);
        NightMinutes(report).Should().BeGreaterThan(60);
    }

    [Fact]
    public async Task The_pricer_prices_each_ended_incident_once_and_only_ended_ones()
    {
        var pricerClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RunningHost.StartAsync(configureServices: s => UsePricerClock(s, pricerClock));
        await host.WaitUntilReadyAsync();
        var pricer = host.Services.GetRequiredService<WhatIfPricer>();
        await pricer.WhenPassesCompletedAsync(1).WaitAsync(Patience, Cancel);
        var open = await NightIncident.ScriptAsync(host.Services, user => ClientAsync(host, user), NightIncident.MidnightNow(), "open");
        var ended = await NightIncident.ScriptAsync(host.Services, user => ClientAsync(host, user), NightIncident.MidnightNow(), "ended");
        await EndAsync(host, ended);

        pricerClock.Advance(pricer.PollInterval);
        await pricer.WhenPassesCompletedAsync(2).WaitAsync(Patience, Cancel);
        pricerClock.Advance(pricer.PollInterval);
        await pricer.WhenPassesCompletedAsync(3).WaitAsync(Patience, Cancel);

        pricer.Priced.Should().Be(1, "the ended incident once; the open one waits until it ends (its after-action report may price it)");
        var histories = host.Services.GetRequiredService<IncidentHistoryReader>();
        var costs = host.Services.GetRequiredService<RecordedWhatIfCosts>();
        (await costs.RecordedAsync((await histories.ReadAsync(open, Cancel))!, Cancel)).Should().BeNull();
        (await costs.RecordedAsync((await histories.ReadAsync(ended, Cancel))!, Cancel)).Should().NotBeNull();
    }

    /// <summary>The product's pricer on the test's clock; everything else as in production.</summary>
    private static void UsePricerClock(IServiceCollection services, FakeTimeProvider clock) =>
        services.AddSingleton(sp => new WhatIfPricer(
            sp.GetRequiredService<IEventStore>(), sp.GetRequiredService<IncidentHistoryReader>(), sp.GetRequiredService<RecordedWhatIfCosts>(),
            sp.GetRequiredService<WhatIfCostStore>(), clock, sp.GetRequiredService<ILogger<WhatIfPricer>>()));

    /// <summary>The duty officer cancels the request (the casualty went by road): a terminal state, like closed or aborted.</summary>
    private static Task EndAsync(RunningHost host, string id) =>
        host.Services.GetRequiredService<IGrainFactory>().GetGrain<IIncidentGrain>(id)
            .Advance(new AdvanceIncident(IncidentMilestone.Cancelled, "casualty moved by road", null, CommandContext.System("test-cancel-" + id)));

    private static async Task<HttpClient> ClientAsync(RunningHost host, string user)
    {
        using var anonymous = host.CreateClient();
        using var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = user + "-demo" }, Cancel);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString();
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Uri ReportUri(DateTimeOffset from, DateTimeOffset to, string format) =>
        new($"/api/v1/reports/impediments?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}&format={format}", UriKind.Relative);

    private static Task<JsonElement> ReportAsync(HttpClient client, DateTimeOffset from, DateTimeOffset to) =>
        client.GetFromJsonAsync<JsonElement>(ReportUri(from, to, "json"), Cancel);

    private static double NightMinutes(JsonElement report) =>
        report.GetProperty("impediments").EnumerateArray()
            .Single(t => t.GetProperty("class").GetString() == "nightFlightRestriction")
            .GetProperty("minutes").GetDouble();
}
