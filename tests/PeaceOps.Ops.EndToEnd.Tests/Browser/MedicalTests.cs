using System.Diagnostics;
using Microsoft.Playwright;

namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class MedicalTests(DashboardFixture fixture)
{
    [Fact]
    public async Task A_facility_set_to_diverting_turns_on_every_open_dashboard_within_two_seconds()
    {
        var medical = await SignInPage.SignInAsync(fixture, "medical");
        var duty = await SignInPage.SignInAsync(fixture, "duty");
        var reviewer = await SignInPage.SignInAsync(fixture, "reviewer");
        await Screenshots.SaveAsync(medical, "medical");
        var facilityId = await medical.Locator("[data-testid=facility-card]").First.GetAttributeAsync("data-facility-id");
        // Pinned by id: the board orders by inbound casualties and may reorder while the test works.
        var card = medical.Locator($"[data-testid=facility-card][data-facility-id='{facilityId}']");

        // Focus first, as a click or Tab does: the board keeps the card being edited while live changes redraw it.
        await card.Locator("select[name=status]").FocusAsync();
        await card.Locator("select[name=status]").SelectOptionAsync("diverting");
        var clock = Stopwatch.StartNew();
        await card.Locator("button[type=submit]").ClickAsync();

        foreach (var page in new[] { medical, duty, reviewer })
        {
            await Assertions.Expect(page.Locator($".fac-label[data-facility-id='{facilityId}']"))
                .ToHaveAttributeAsync("data-status", "diverting", new LocatorAssertionsToHaveAttributeOptions { Timeout = 2000 });
        }

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        await card.Locator("select[name=status]").FocusAsync();
        await card.Locator("select[name=status]").SelectOptionAsync("open");
        await card.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "open");
        foreach (var page in new[] { medical, duty, reviewer })
        {
            await page.Context.CloseAsync();
        }
    }
}
