using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class OperationsTests(DashboardFixture fixture)
{
    private const string NineLine = "LINE 1: 30QZD1639100716\nLINE 2: 38.90 DUSTOFF 6\nLINE 3: A1 B1 C1\nLINE 4: A\nLINE 5: L2 A1\nLINE 6: P\nLINE 7: C\nLINE 8: C3\nLINE 9: NONE";

    [Fact]
    public async Task Aircraft_move_on_the_map_as_positions_are_posted()
    {
        var page = await SignInPage.SignInAsync(fixture, "duty");
        using var client = await ApiAsync("admin");
        var picture = await GetJsonAsync(client, "/api/v1/picture");
        var aircraft = picture.GetProperty("aircraft")[0];
        var id = aircraft.GetProperty("id").GetString()!;
        const string Where = "id => window.peaceops.app.map.aircraft.screenPositionOf(id)";
        await page.WaitForFunctionAsync("id => !!window.peaceops.app.map.aircraft.screenPositionOf(id)", id);
        var before = await page.EvaluateAsync<JsonElement>(Where, id);
        var position = aircraft.GetProperty("position");

        var report = new[]
        {
            new
            {
                reportId = Guid.NewGuid().ToString(),
                at = DateTimeOffset.UtcNow,
                lat = position.GetProperty("lat").GetDouble() + 0.3,
                lon = position.GetProperty("lon").GetDouble() + 0.3,
                altitudeM = 500.0,
                headingDeg = 45.0,
                speedKts = 120.0,
            },
        };
        (await client.PostAsJsonAsync($"/api/v1/aircraft/{id}/positions", report, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var x0 = before.GetProperty("x").GetDouble();
        var y0 = before.GetProperty("y").GetDouble();
        await page.WaitForFunctionAsync(
            "([id, x, y]) => { const p = window.peaceops.app.map.aircraft.screenPositionOf(id); return p && (Math.abs(p.x - x) > 5 || Math.abs(p.y - y) > 5); }",
            new object[] { id, x0, y0 },
            new PageWaitForFunctionOptions { Timeout = 5000 });
        var after = await page.EvaluateAsync<JsonElement>(Where, id);
        after.GetProperty("x").GetDouble().Should().BeGreaterThan(x0, "the aircraft flew east");
        after.GetProperty("y").GetDouble().Should().BeLessThan(y0, "the aircraft flew north");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_nine_line_entered_in_the_form_creates_an_incident_with_options_and_approving_the_best_tasks_its_aircraft()
    {
        var page = await SignInPage.SignInAsync(fixture, "duty");
        await page.ClickAsync("[data-testid=new-nine-line]");
        await page.FillAsync("[data-testid=nine-line-paste]", NineLine);
        await page.ClickAsync("text=Fill lines");

        await page.ClickAsync("[data-testid=nine-line-submit]");

        var options = page.Locator("[data-testid=option]");
        await options.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20000 });
        (await options.CountAsync()).Should().BeGreaterThan(0);
        await Screenshots.SaveAsync(page, "operations");
        // Pin the card by its aircraft: a server recompute may redraw the list between reading and clicking.
        var aircraftId = await options.First.GetAttributeAsync("data-aircraft-id");
        var best = page.Locator($"[data-testid=option][data-aircraft-id='{aircraftId}']").First;

        // A live change to the incident redraws the panel; the card under the pointer must stay the same element,
        // or a click pressed before the redraw and released after it is lost (the approval never happens). The change
        // is applied and dispatched in one synchronous step, so nothing from the server can change the list in between.
        (await page.EvaluateAsync<bool>(
            """
            () => {
              const store = window.peaceops.store;
              const card = document.querySelector('[data-testid=option]');
              const id = document.querySelector('[data-testid=queue-item].selected').dataset.incidentId;
              store.apply([{ kind: 'incident', value: { ...store.incidents.get(id) } }]);
              store.flush();
              return card.isConnected;
            }
            """)).Should().BeTrue("an unchanged option card survives a live redraw");
        if (await best.Locator("[data-testid=override]").CountAsync() > 0)
        {
            await best.Locator("input[name=overrideReason]").FillAsync("end-to-end test: best available option");
            await best.Locator("[data-testid=override]").ClickAsync();
        }
        else
        {
            await best.Locator("[data-testid=approve]").ClickAsync();
        }

        await Assertions.Expect(page.Locator("[data-testid=tasked]")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 10000 });
        await page.WaitForFunctionAsync("id => window.peaceops.store.aircraft.get(id)?.status !== 'available'", aircraftId, new PageWaitForFunctionOptions { Timeout = 10000 });
        await Screenshots.SaveAsync(page, "operations-tasked");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_form_refuses_a_wrong_line_before_sending_and_names_it()
    {
        var page = await SignInPage.SignInAsync(fixture, "duty");
        await page.ClickAsync("[data-testid=new-nine-line]");
        await page.FillAsync("[data-testid=nine-line-paste]", NineLine.Replace("A1 B1 C1", "Q9", StringComparison.Ordinal));
        await page.ClickAsync("text=Fill lines");
        var requests = 0;
        page.Request += (_, r) =>
        {
            if (r.Url.Contains("/api/v1/incidents", StringComparison.Ordinal))
            {
                requests++;
            }
        };

        await page.ClickAsync("[data-testid=nine-line-submit]");

        (await page.Locator("input[name=line3]").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.Locator("#line3-error").InnerTextAsync()).Should().Contain("precedence letter");
        (await page.Locator("input[name=line1]").GetAttributeAsync("aria-invalid")).Should().Be("false");
        requests.Should().Be(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_reviewer_cannot_see_the_approve_button()
    {
        using var client = await ApiAsync("duty");
        var created = await client.PostAsJsonAsync("/api/v1/incidents", new { idempotencyKey = Guid.NewGuid().ToString(), nineLineText = NineLine }, TestContext.Current.CancellationToken);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!;
        var page = await SignInPage.SignInAsync(fixture, "reviewer");
        await page.ClickAsync("[data-testid=tab-operations]");

        await page.ClickAsync($"[data-testid=queue-item][data-incident-id='{id}']");

        await page.Locator("[data-testid=option]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20000 });
        (await page.Locator("[data-testid=approve]").CountAsync()).Should().Be(0);
        (await page.Locator("[data-testid=override]").CountAsync()).Should().Be(0);
        await page.Context.CloseAsync();
    }

    private async Task<HttpClient> ApiAsync(string username)
    {
        var client = fixture.Host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password = username + "-demo" }, TestContext.Current.CancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path) =>
        await client.GetFromJsonAsync<JsonElement>(path, TestContext.Current.CancellationToken);
}
