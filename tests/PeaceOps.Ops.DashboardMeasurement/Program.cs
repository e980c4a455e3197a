using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using PeaceOps.Ops.DashboardMeasurement;
using PeaceOps.Ops.HostTesting;

// dotnet run --project tests/PeaceOps.Ops.DashboardMeasurement -- [--rounds 3] [--loads 5] [--seconds 10] [--out file.json]
// Starts the real product (demo scenario, simulator off) on a loopback port and drives the system Chromium headless.
var options = ParseArgs(args);
var rounds = options.GetValueOrDefault("rounds", 3);
var loads = options.GetValueOrDefault("loads", 5);
var seconds = options.GetValueOrDefault("seconds", 10);
var root = RepositoryRoot();
var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? Path.Combine(AppContext.BaseDirectory, "dashboard-measurement.json");

var bundle = BundleSize.Measure(root);
await using var host = await RunningHost.StartAsync(["--PeaceOps:Scenario=demo", "--PeaceOps:Simulation:Enabled=false"]);
await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

var loadSamples = new List<FirstLoad.Sample>();
for (var i = 0; i < loads; i++)
{
    loadSamples.Add(await FirstLoad.MeasureAsync(browser, host.BaseAddress));
    Console.WriteLine(Invariant($"first load {i + 1}/{loads}: load event {loadSamples[^1].LoadEventMs:0} ms, sign-in to live picture {loadSamples[^1].SignInToLiveMs:0} ms"));
}

var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
var page = await context.NewPageAsync();
await page.GotoAsync("/");
await page.FillAsync("input[name=username]", "duty");
await page.FillAsync("input[name=password]", "duty-demo");
await page.ClickAsync("button[type=submit]");
await page.WaitForSelectorAsync("[data-testid=connection][data-state=live]", new PageWaitForSelectorOptions { Timeout = 60000 });
var renderSamples = new List<RenderLoad.Sample>();
for (var i = 0; i < rounds; i++)
{
    var s = await RenderLoad.MeasureAsync(page, aircraft: 500, incidents: 50, seconds, batchMs: 100);
    renderSamples.Add(s);
    Console.WriteLine(Invariant($"render {i + 1}/{rounds}: {s.Batches} batches, {s.Renders} renders in {s.AnimationFrames} frames, frame p50 {s.P50Ms:0.0} / p95 {s.P95Ms:0.0} / max {s.MaxMs:0} ms"));
}

var screenshots = Path.Combine(root, "docs", "screenshots");
await page.ClickAsync("[data-testid=queue-item]");
await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "operations-load-500-aircraft.png") });
await context.CloseAsync();

var oneRenderPerFrame = renderSamples.All(s => s.Renders <= s.AnimationFrames + 1);
var summary = new
{
    measuredAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
    machine = Invariant($"{Environment.ProcessorCount} cores, {Environment.OSVersion}"),
    viewport = "1366x768",
    firstLoad = new
    {
        samples = loadSamples,
        medianLoadEventMs = Median.Of(loadSamples.Select(s => s.LoadEventMs)),
        medianSignInToLiveMs = Median.Of(loadSamples.Select(s => s.SignInToLiveMs)),
        medianTransferBytes = Median.Of(loadSamples.Select(s => (double)s.TransferBytes)),
    },
    render = new
    {
        aircraft = 500,
        incidents = 50,
        seconds,
        batchMs = 100,
        samples = renderSamples,
        medianFrameP50Ms = Median.Of(renderSamples.Select(s => s.P50Ms)),
        medianFrameP95Ms = Median.Of(renderSamples.Select(s => s.P95Ms)),
        medianFrameMeanMs = Median.Of(renderSamples.Select(s => s.MeanMs)),
        medianBatchesDrawn = Median.Of(renderSamples.Select(s => (double)s.Batches)),
        atMostOneRenderPerFrame = oneRenderPerFrame,
    },
    bundle,
};
await File.WriteAllTextAsync(output, JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine(Invariant($"median first load: load event {summary.firstLoad.medianLoadEventMs:0} ms, sign-in to live picture {summary.firstLoad.medianSignInToLiveMs:0} ms, {summary.firstLoad.medianTransferBytes / 1024:0} KiB transferred"));
Console.WriteLine(Invariant($"median frame interval (500 aircraft, 50 incidents): p50 {summary.render.medianFrameP50Ms:0.0} ms, p95 {summary.render.medianFrameP95Ms:0.0} ms, mean {summary.render.medianFrameMeanMs:0.0} ms; at most one render per frame: {oneRenderPerFrame}"));
foreach (var e in bundle)
{
    Console.WriteLine(Invariant($"bundle {e.File}: {e.Bytes / 1024.0:0.0} kB, gzip {e.GzipBytes / 1024.0:0.0} kB"));
}

Console.WriteLine($"written {output}");
return oneRenderPerFrame ? 0 : 1;

static Dictionary<string, int> ParseArgs(string[] args)
{
    var result = new Dictionary<string, int>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i++)
    {
        if (args[i].StartsWith("--", StringComparison.Ordinal) && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value))
        {
            result[args[i][2..]] = value;
        }
    }

    return result;
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PeaceOps.Ops.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("Run from inside the repository (PeaceOps.Ops.sln not found above the tool).");
}

static string Invariant(FormattableString text) => FormattableString.Invariant(text);
