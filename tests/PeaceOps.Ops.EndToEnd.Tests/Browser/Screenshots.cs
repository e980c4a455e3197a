using Microsoft.Playwright;

namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

/// <summary>
/// Screenshots of each workspace, saved as test artifacts under the test output's screenshots/ folder, and also into
/// PEACEOPS_SCREENSHOTS_DIR when set (that is how docs/screenshots/ is refreshed).
/// </summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        var extra = Environment.GetEnvironmentVariable("PEACEOPS_SCREENSHOTS_DIR");
        if (!string.IsNullOrWhiteSpace(extra))
        {
            folders.Add(extra);
        }

        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".png"), bytes);
        }
    }
}
