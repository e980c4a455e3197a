using Microsoft.Playwright;

namespace PeaceOps.Ops.EndToEnd.Tests.Browser;

[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardFixture fixture)
{
    [Fact]
    public async Task The_root_serves_a_sign_in_form_with_username_password_and_submit()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.GotoAsync("/");

        response!.Status.Should().Be(200);
        (await page.Locator("form input[name=username]").CountAsync()).Should().Be(1);
        (await page.Locator("form input[name=password][type=password]").CountAsync()).Should().Be(1);
        (await page.Locator("form button[type=submit]").IsVisibleAsync()).Should().BeTrue();
        await Screenshots.SaveAsync(page, "sign-in");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_on_the_form()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.FillAsync("input[name=username]", "duty");
        await page.FillAsync("input[name=password]", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("#signin-error")).ToContainTextAsync("Wrong user name or password");
        (await page.Locator("#app").IsHiddenAsync()).Should().BeTrue();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("duty", "operations", true)]
    [InlineData("medical", "medical", false)]
    [InlineData("reviewer", "replay", false)]
    [InlineData("admin", "operations", true)]
    public async Task Each_role_signs_in_to_its_workspace_and_sees_only_its_tools(string username, string home, bool mayCreateIncidents)
    {
        var page = await SignInPage.SignInAsync(fixture, username);

        (await page.Locator(".shell").GetAttributeAsync("data-workspace")).Should().Be(home);
        await page.ClickAsync("[data-testid=tab-operations]");
        (await page.Locator("[data-testid=new-nine-line]").CountAsync()).Should().Be(mayCreateIncidents ? 1 : 0);
        (await page.Locator("[data-testid=user]").InnerTextAsync()).Should().StartWith(username);
        await page.Context.CloseAsync();
    }
}
