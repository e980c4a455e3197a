using Microsoft.Playwright;

namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

/// <summary>Signs a demo account in through the form, the way a person does.</summary>
public static class SignInPage
{
    public static async Task<IPage> SignInAsync(DashboardFixture fixture, string username, int width = 1366, int height = 768)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/");
        await page.FillAsync("input[name=username]", username);
        await page.FillAsync("input[name=password]", username + "-demo");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=connection][data-state=live]", new PageWaitForSelectorOptions { Timeout = 20000 });
        return page;
    }
}
