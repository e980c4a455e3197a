using System.Text.Json;
using Microsoft.Playwright;

namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class MapTests(DashboardFixture fixture)
{
    // Parked together at Gao in the demo scenario (the simulator is off, and no other test moves these two).
    private const string Dustoff12 = "UNO-102";
    private const string Angel21 = "UNO-103";

    [Fact]
    public async Task Helicopters_parked_at_one_base_are_one_marker_that_the_keyboard_opens_and_selects_from()
    {
        var page = await SignInPage.SignInAsync(fixture, "duty");
        var marker = page.Locator($"[data-testid=aircraft-key][data-members~='{Dustoff12}']");
        await marker.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 10000 });
        (await marker.GetAttributeAsync("data-members"))!.Split(' ').Should().Contain(Angel21, "both sit at Gao, one marker at the opening zoom");
        int.Parse((await marker.GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(2);
        (await marker.GetAttributeAsync("aria-label")).Should().Contain("DUSTOFF 12").And.Contain("ANGEL 21");

        await marker.FocusAsync();
        (await marker.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle")).Should().Be("solid", "the focused marker shows a ring");
        await page.Keyboard.PressAsync("Enter");

        var pick = page.Locator($"[data-testid=aircraft-group] .ac-pick[data-aircraft-id='{Angel21}']");
        await Assertions.Expect(pick).ToBeVisibleAsync();
        (await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('ac-pick') ?? false")).Should().BeTrue("focus moves into the list");
        await Screenshots.SaveAsync(page, "map-group-list");
        await pick.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator($"[data-testid=aircraft-card][data-aircraft-id='{Angel21}']")).ToBeVisibleAsync();
        (await page.EvaluateAsync<string?>("() => window.peaceops.app.map.aircraft.selected")).Should().Be(Angel21);
        var lead = await page.EvaluateAsync<JsonElement>(
            "id => window.peaceops.app.map.aircraft.groups.find(g => g.members.includes(id))", Angel21);
        lead.GetProperty("id").GetString().Should().Be(Angel21, "the selected aircraft leads its marker, never folded away");
        lead.GetProperty("listed")[0].GetString().Should().Be(Angel21);
        await Screenshots.SaveAsync(page, "map-aircraft-selected");

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator("[data-testid=aircraft-card]")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<string?>("() => window.peaceops.app.map.aircraft.selected")).Should().BeNull();
        (await page.EvaluateAsync<string>("() => document.activeElement?.dataset.members ?? ''")).Split(' ').Should().Contain(Angel21, "focus returns to the marker");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_callsign_in_a_marker_list_selects_that_aircraft()
    {
        var page = await SignInPage.SignInAsync(fixture, "duty");
        await page.WaitForFunctionAsync("id => window.peaceops.app.map.aircraft.groups.some(g => g.listed.includes(id) && g.members.length > 1)", Dustoff12);
        var line = await page.EvaluateAsync<JsonElement>(
            """
            id => {
              const layer = window.peaceops.app.map.aircraft;
              const g = layer.groups.find(g => g.listed.includes(id));
              const box = window.peaceops.app.map.map.getContainer().getBoundingClientRect();
              const line = g.label.height / (g.listed.length + (g.more > 0 ? 1 : 0));
              return { x: box.left + g.label.x + 2 * line, y: box.top + g.label.y + (g.listed.indexOf(id) + 0.5) * line };
            }
            """, Dustoff12);

        await page.Mouse.ClickAsync((float)line.GetProperty("x").GetDouble(), (float)line.GetProperty("y").GetDouble());

        await Assertions.Expect(page.Locator($"[data-testid=aircraft-card][data-aircraft-id='{Dustoff12}']")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
