using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class ReplayTests(DashboardFixture fixture)
{
    [Fact]
    public async Task The_reviewer_replays_an_incident_with_its_recorded_events()
    {
        using var client = fixture.Host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "duty", password = "duty-demo" }, TestContext.Current.CancellationToken);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var nineLine = "LINE 1: 30QZD1639100716\nLINE 2: 38.90 DUSTOFF 6\nLINE 3: A1\nLINE 4: A\nLINE 5: L1\nLINE 6: N\nLINE 7: C\nLINE 8: C1\nLINE 9: NONE";
        var created = await client.PostAsJsonAsync("/api/v1/incidents", new { idempotencyKey = Guid.NewGuid().ToString(), nineLineText = nineLine }, TestContext.Current.CancellationToken);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!;
        var page = await SignInPage.SignInAsync(fixture, "reviewer");

        await page.Locator("[data-testid=replay-incident]").SelectOptionAsync(id);

        await page.Locator("[data-testid=replay-events] li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10000 });
        // The reviewer reads each event as a sentence built from the recorded payload, not as a dump of its fields.
        await Assertions.Expect(page.Locator("[data-testid=replay-events] li .event-data").First)
            .ToHaveTextAsync(new Regex(@"^9-line received: Urgent · pickup 30QZD1639100716 · 1 litter, 0 ambulatory · injured \d\d:\d\dZ$"));
        await page.ClickAsync("[data-testid=replay-play]");
        await page.ClickAsync("text=60×");

        // The window opens a minute before the report: at 60x, playback reaches the event within about a second.
        await Assertions.Expect(page.Locator("[data-testid=replay-events] li.past").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 10000 });
        await page.WaitForFunctionAsync("() => window.peaceops.store.connection === 'replay' && window.peaceops.store.aircraft.size > 0", null, new PageWaitForFunctionOptions { Timeout = 10000 });
        (await page.Locator("[data-testid=aar-link]").IsEnabledAsync()).Should().BeTrue();
        await Screenshots.SaveAsync(page, "replay");
        await page.Context.CloseAsync();
    }
}
