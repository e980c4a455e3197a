using System.Text.Json;
using Microsoft.Playwright;

namespace PeaceOps.Ops.DashboardMeasurement;

/// <summary>
/// 500 aircraft moving and 50 open incidents on a signed-in duty officer's dashboard. The live feed is stopped and a
/// synthetic picture is loaded into the browser's store; every <c>batchMs</c> all aircraft get a new position in one
/// batch, as the hub delivers them. A requestAnimationFrame loop records frame intervals, and the app's own render
/// counter says how many renders ran: at most one per animation frame is the rule being checked.
/// </summary>
internal static class RenderLoad
{
    public sealed record Sample(int Batches, int Renders, int AnimationFrames, double MeanMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs, int Over50Ms, int AircraftDrawn, int QueueItems);

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
          const timer = setInterval(() => {
            const t = Date.now();
            store.apply(Array.from({ length: aircraft }, (_, i) => ({ kind: 'aircraftPosition', id: 'ac' + i, position: pos(i, t + batches * 20000) })));
            batches++;
          }, batchMs);
          await new Promise((r) => setTimeout(r, seconds * 1000));
          clearInterval(timer);
          // One more frame so the last batch is drawn before counting.
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          running = false;
          const sorted = [...intervals].sort((a, b) => a - b);
          const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
          return { batches, renders: app.frames - framesBefore, animationFrames: intervals.length,
                   meanMs: intervals.reduce((a, b) => a + b, 0) / intervals.length, p50Ms: pct(0.5), p95Ms: pct(0.95), p99Ms: pct(0.99), maxMs: sorted[sorted.length - 1],
                   over50Ms: intervals.filter((x) => x > 50).length,
                   aircraftDrawn: app.map.aircraft.drawnCount, queueItems: document.querySelectorAll('[data-testid=queue-item]').length };
        }
        """;

    public static async Task<Sample> MeasureAsync(IPage page, int aircraft, int incidents, int seconds, int batchMs)
    {
        var r = await page.EvaluateAsync<JsonElement>(Driver, new { aircraft, incidents, facilities = 30, seconds, batchMs });
        return new Sample(
            r.GetProperty("batches").GetInt32(),
            r.GetProperty("renders").GetInt32(),
            r.GetProperty("animationFrames").GetInt32(),
            r.GetProperty("meanMs").GetDouble(),
            r.GetProperty("p50Ms").GetDouble(),
            r.GetProperty("p95Ms").GetDouble(),
            r.GetProperty("p99Ms").GetDouble(),
            r.GetProperty("maxMs").GetDouble(),
            r.GetProperty("over50Ms").GetInt32(),
            r.GetProperty("aircraftDrawn").GetInt32(),
            r.GetProperty("queueItems").GetInt32());
    }
}
