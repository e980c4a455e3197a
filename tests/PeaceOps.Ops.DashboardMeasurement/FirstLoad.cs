using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace PeaceOps.Ops.DashboardMeasurement;

/// <summary>
/// First load on loopback with an empty cache (a fresh browser context each time): navigation to the load event of
/// the sign-in page (the whole bundle), then sign-in to the first live picture drawn.
/// </summary>
internal static class FirstLoad
{
    public sealed record Sample(double LoadEventMs, double DomContentLoadedMs, double SignInToLiveMs, long TransferBytes);

    public static async Task<Sample> MeasureAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var nav = await page.EvaluateAsync<JsonElement>(
                "() => { const n = performance.getEntriesByType('navigation')[0]; const r = performance.getEntriesByType('resource'); return { load: n.loadEventEnd, dcl: n.domContentLoadedEventEnd, bytes: n.transferSize + r.reduce((a, x) => a + (x.transferSize || 0), 0) }; }");
            await page.FillAsync("input[name=username]", "duty");
            await page.FillAsync("input[name=password]", "duty-demo");
            var clock = Stopwatch.StartNew();
            await page.ClickAsync("button[type=submit]");
            await page.WaitForFunctionAsync(
                "() => window.peaceops && window.peaceops.store.connection === 'live' && window.peaceops.app.map.aircraft.drawnCount > 0",
                null,
                new PageWaitForFunctionOptions { Timeout = 60000, PollingInterval = 10 });
            clock.Stop();
            return new Sample(nav.GetProperty("load").GetDouble(), nav.GetProperty("dcl").GetDouble(), clock.Elapsed.TotalMilliseconds, nav.GetProperty("bytes").GetInt64());
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
