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
        // Visible, not just attached: during the opening fit's zoom animation Leaflet hides the aircraft pane.
        await marker.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 10000 });
        (await marker.GetAttributeAsync("data-members"))!.Split(' ').Should().Contain(Angel21, "both sit at Gao, one marker at the opening zoom");
        int.Parse((await marker.GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(2);
        (await marker.GetAttributeAsync("aria-label")).Should().Contain("DUSTOFF 12").And.Contain("ANGEL 21");

        // Tab from the map reaches the aircraft markers (in callsign order, before the zoom buttons).
        await page.FocusAsync("[data-testid=map]");
        var visited = new List<string>();
        for (var i = 0; i < 12 && !await marker.EvaluateAsync<bool>("b => document.activeElement === b"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            visited.Add(await page.EvaluateAsync<string>("() => `${document.activeElement?.tagName}.${document.activeElement?.className} ${document.activeElement?.getAttribute('aria-label') ?? ''}`"));
        }

        (await marker.EvaluateAsync<bool>("b => document.activeElement === b")).Should().BeTrue("Tab reaches the marker; visited: " + string.Join(" | ", visited));
        (await marker.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle")).Should().Be("solid", "the focused marker shows a ring");
        (await page.EvaluateAsync<bool>(
            """
            () => {
              const store = window.peaceops.store;
              for (let k = 0; k < 5; k++) {
                for (const a of store.aircraft.values()) {
                  if (a.position) store.apply([{ kind: 'aircraft', value: { ...a, position: { ...a.position, lat: a.position.lat + 0.001 } } }]);
                }
                store.flush();
              }
              return document.activeElement?.dataset.testid === 'aircraft-key';
            }
            """)).Should().BeTrue("live position updates redraw the markers without taking focus away");
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
        (await page.EvaluateAsync<string?>("() => window.peaceops.app.map.aircraft.selected")).Should().Be(Angel21, "closing the card keeps the aircraft selected");
        (await page.EvaluateAsync<string>("() => document.activeElement?.dataset.members ?? ''")).Split(' ').Should().Contain(Angel21, "focus returns to the marker");

        await page.Keyboard.PressAsync("Escape");

        (await page.EvaluateAsync<string?>("() => window.peaceops.app.map.aircraft.selected")).Should().BeNull("a second Escape on the map deselects");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_callsign_in_a_marker_list_selects_that_aircraft()
    {
        var page = await SignInPage.SignInAsync(fixture, "duty");
        await page.WaitForFunctionAsync("id => window.peaceops.app.map.aircraft.groups.some(g => g.listed.includes(id) && g.members.length > 1)", Dustoff12);
        // A point on the callsign's line with nothing else on top (a test's incident marker may sit near Gao).
        var line = await page.EvaluateAsync<JsonElement>(
            """
            id => {
              const g = window.peaceops.app.map.aircraft.groups.find(g => g.listed.includes(id));
              const box = window.peaceops.app.map.map.getContainer().getBoundingClientRect();
              const height = g.label.height / (g.listed.length + (g.more > 0 ? 1 : 0));
              const y = box.top + g.label.y + (g.listed.indexOf(id) + 0.5) * height;
              for (let x = box.left + g.label.x + 2; x < box.left + g.label.x + g.label.width; x += 4) {
                if (!document.elementFromPoint(x, y)?.closest('.leaflet-marker-icon, .leaflet-popup, .leaflet-control')) return { x, y };
              }
              return null;
            }
            """, Dustoff12);
        line.ValueKind.Should().Be(JsonValueKind.Object, "some of the callsign's line is clear to click");

        await page.Mouse.ClickAsync((float)line.GetProperty("x").GetDouble(), (float)line.GetProperty("y").GetDouble());

        await Assertions.Expect(page.Locator($"[data-testid=aircraft-card][data-aircraft-id='{Dustoff12}']")).ToBeVisibleAsync();

        await page.Locator(".aircraft-popup .leaflet-popup-close-button").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=aircraft-card]")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<string?>("() => window.peaceops.app.map.aircraft.selected")).Should().Be(Dustoff12, "closing the card keeps the aircraft selected");

        // Empty map: away from every drawn marker and list, with no facility, incident or control under it.
        var empty = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const box = window.peaceops.app.map.map.getContainer().getBoundingClientRect();
              const near = (x, y) => window.peaceops.app.map.aircraft.groups.some(g => [g.symbol, g.label].some(b => x > b.x - 60 && x < b.x + b.width + 60 && y > b.y - 60 && y < b.y + b.height + 60));
              for (let y = 40; y < box.height - 40; y += 37) for (let x = 60; x < box.width - 40; x += 41) {
                if (near(x, y)) continue;
                if (document.elementFromPoint(box.left + x, box.top + y)?.closest('.leaflet-marker-icon, .leaflet-popup, .leaflet-control')) continue;
                return { x: box.left + x, y: box.top + y };
              }
              return null;
            }
            """);
        empty.ValueKind.Should().Be(JsonValueKind.Object, "some of the map is empty");
        await page.Mouse.ClickAsync((float)empty.GetProperty("x").GetDouble(), (float)empty.GetProperty("y").GetDouble());

        (await page.EvaluateAsync<string?>("() => window.peaceops.app.map.aircraft.selected")).Should().BeNull("a click on empty map deselects");
        await page.Context.CloseAsync();
    }
}
