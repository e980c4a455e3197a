using Microsoft.Playwright;
using PeaceOps.Ops.HostTesting;

namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

/// <summary>
/// One real product (demo scenario, simulator off so aircraft move only when a test posts positions) and one
/// headless system Chromium, shared by the browser tests. Browsers cannot be downloaded here: Playwright drives
/// the Debian Chromium at <see cref="ChromiumPath"/> through the driver that ships inside its NuGet package.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private RunningHost? _host;

    public RunningHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async ValueTask InitializeAsync()
    {
        _host = await RunningHost.StartAsync(["--PeaceOps:Scenario=demo", "--PeaceOps:Simulation:Enabled=false"]);
        await _host.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own session storage) at the laptop size the JOC uses.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = "Africa/Bamako",
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
