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
}
