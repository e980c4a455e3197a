using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

/// <summary>
/// Drives the dashboard with a synthetic heavy picture (500 aircraft moving, 50 open incidents, 30 facilities) fed
/// straight into its store, and records frame times (requestAnimationFrame intervals), renders per frame, first load
/// and bundle size into dashboard-render.json beside the test output. It asserts behaviour (every batch is drawn,
/// never more than one render per frame), not timings: the figures go to docs/performance/dashboard.md.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class RenderLoadMeasurement(DashboardFixture fixture)
{
    private const string Driver = """
        async ({ aircraft, incidents, facilities, seconds, batchMs }) => {
          const { app, store } = window.peaceops;
          await app.feed.stop();
          const now = Date.now();
          const iso = (t) => new Date(t).toISOString();
          const pos = (i, t) => ({ lat: 12 + 6 * Math.sin(i * 0.7 + t / 60000), lon: -8 + 14 * ((i * 37) % 100) / 100 + (t - now) / 3600000,
                                   altitudeM: 500, headingDeg: (i * 17 + (t - now) / 1000) % 360, speedKts: 120, reportedAt: iso(t) });
          store.loadPicture({
            asOf: iso(now), sequence: 1,
            aircraft: Array.from({ length: aircraft }, (_, i) => ({ id: 'ac' + i, callsign: 'UN' + (100 + i), type: 'Mi-8MTV', status: ['available', 'tasked', 'returning', 'unserviceable'][i % 4], nvgCapable: i % 2 === 0, litters: 6, position: pos(i, now) })),
            facilities: Array.from({ length: facilities }, (_, i) => ({ id: 'f' + i, name: 'Facility ' + i, level: ['I', 'I+', 'II', 'III'][i % 4], status: ['open', 'limited', 'diverting', 'closed'][i % 4], position: { lat: 10 + (i % 6) * 1.5, lon: -10 + Math.floor(i / 6) * 3 }, availableBeds: 5, availableOperatingTables: 1 })),
            incidents: Array.from({ length: incidents }, (_, i) => ({ id: 'inc' + String(i).padStart(4, '0') + 'xxxx', status: 'reported', precedence: ['urgent', 'urgentSurgical', 'priority', 'routine'][i % 4], pickup: { lat: 11 + (i % 10) * 0.8, lon: -9 + Math.floor(i / 10) * 2.5, mgrs: '30P' }, injuredAt: iso(now - i * 120000), clocks: { resuscitationDueAt: iso(now - i * 120000 + 3600000), surgeryDueAt: iso(now - i * 120000 + 7200000) } })),
            airspace: [], landingSites: [] });
          store.setConnection('live');
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const intervals = [];
          let last = performance.now();
          let running = true;
          const framesBefore = app.frames;
          const loop = (t) => { intervals.push(t - last); last = t; if (running) requestAnimationFrame(loop); };
          requestAnimationFrame(loop);
          let batches = 0;
          const started = performance.now();
          const timer = setInterval(() => {
            const t = Date.now();
            store.apply(Array.from({ length: aircraft }, (_, i) => ({ kind: 'aircraftPosition', id: 'ac' + i, position: pos(i, t + batches * 20000) })));
            batches++;
          }, batchMs);
          await new Promise((r) => setTimeout(r, seconds * 1000));
          clearInterval(timer);
          running = false;
          const elapsed = performance.now() - started;
          const sorted = [...intervals].sort((a, b) => a - b);
          const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
          return { batches, renders: app.frames - framesBefore, rafFrames: intervals.length, elapsedMs: elapsed,
                   meanMs: intervals.reduce((a, b) => a + b, 0) / intervals.length, p50Ms: pct(0.5), p95Ms: pct(0.95), p99Ms: pct(0.99), maxMs: sorted[sorted.length - 1],
                   over50Ms: intervals.filter((x) => x > 50).length };
        }
        """;

    [Fact]
    public async Task Five_hundred_moving_aircraft_render_at_most_once_per_frame_and_every_batch_is_drawn()
    {
        var page = await fixture.NewPageAsync();
        await page.AddInitScriptAsync("sessionStorage.setItem('peaceops.session', JSON.stringify({ username: 'measure', token: 'none', roles: ['DutyOfficer'], expiresAt: '2999-01-01T00:00:00Z' }))");
        await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var load = await page.EvaluateAsync<JsonElement>("() => { const n = performance.getEntriesByType('navigation')[0]; const r = performance.getEntriesByType('resource'); return { domContentLoadedMs: n.domContentLoadedEventEnd, loadMs: n.loadEventEnd, transferBytes: n.transferSize + r.reduce((a, x) => a + (x.transferSize || 0), 0) }; }");
        await page.WaitForFunctionAsync("() => !!window.peaceops");

        var result = await page.EvaluateAsync<JsonElement>(Driver, new { aircraft = 500, incidents = 50, facilities = 30, seconds = 10, batchMs = 100 });
        await page.ClickAsync("[data-testid=queue-item]");
        await Screenshots.SaveAsync(page, "operations-load-500-aircraft");
        await page.ClickAsync("[data-testid=tab-medical]");
        await Screenshots.SaveAsync(page, "medical-load");
        await page.ClickAsync("[data-testid=tab-replay]");
        await Screenshots.SaveAsync(page, "replay-load");
        await page.ClickAsync("[data-testid=tab-operations]");

        var batches = result.GetProperty("batches").GetInt32();
        var renders = result.GetProperty("renders").GetInt32();
        var rafFrames = result.GetProperty("rafFrames").GetInt32();
        batches.Should().BeGreaterThan(0);
        renders.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(rafFrames + 1, "the store flushes at most once per animation frame");
        (await page.EvaluateAsync<int>("() => window.peaceops.store.aircraft.size")).Should().Be(500);
        (await page.EvaluateAsync<int>("() => window.peaceops.app.map.aircraft.drawnCount")).Should().BeGreaterThan(0);
        (await page.Locator("[data-testid=queue-item]").CountAsync()).Should().Be(50);
        var report = new Dictionary<string, object?>
        {
            ["measuredAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["viewport"] = "1366x768",
            ["load"] = load,
            ["render"] = result,
        };
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "dashboard-render.json"), JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }), TestContext.Current.CancellationToken);
        await page.Context.CloseAsync();
    }
}
