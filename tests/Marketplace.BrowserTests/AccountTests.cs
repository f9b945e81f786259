using Marketplace.BrowserTests.Infrastructure;
using Marketplace.BrowserTests.Pages;
using Marketplace.Domain.Common;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests;

public sealed class AccountTests(SqliteApp app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Theory]
    [InlineData(RoleNames.Founder)]
    [InlineData(RoleNames.FundManager)]
    [InlineData(RoleNames.Researcher)]
    public Task Registering_through_the_form_lands_signed_in_with_the_chosen_role(string role) => InBrowserAsync(async page =>
    {
        var email = Users.UniqueEmail(role);
        var name = $"Browser {role} {Guid.NewGuid():N}"[..30];
        var home = new HomePage(page);
        await home.GotoAsync();
        var register = await home.GetStartedAsync();

        home = await register.RegisterAsAsync(role, name, email, Users.Password);

        await Expect(home.SignedInName).ToHaveTextAsync(name);
        await Expect(home.Flash).ToBeVisibleAsync();
        var roles = await App.QueryAsync(db =>
            (from u in db.Users
             join ur in db.UserRoles on u.Id equals ur.UserId
             join r in db.Roles on ur.RoleId equals r.Id
             where u.Email == email
             select r.Name).ToListAsync());
        Assert.Equal([role], roles);
    }, name: $"{nameof(Registering_through_the_form_lands_signed_in_with_the_chosen_role)}.{role}");

    [Fact]
    public Task Signing_out_and_in_again_shows_the_name_only_while_signed_in() => InBrowserAsync(async page =>
    {
        var email = Users.UniqueEmail("again");
        var register = new RegisterPage(page);
        await register.GotoAsync();
        var home = await register.RegisterAsAsync(RoleNames.Researcher, "Dr Again", email, Users.Password);

        home = await home.SignOutAsync();
        await Expect(home.SignedInName).ToHaveCountAsync(0);

        var login = new LoginPage(page);
        await login.GotoAsync();
        home = await login.LoginAsAsync(email, Users.Password);
        await Expect(home.SignedInName).ToHaveTextAsync("Dr Again");
    });

    [Theory]
    [InlineData("en-US", "The e-mail address or the password is wrong.")]
    [InlineData("zh-CN", "邮箱地址或密码错误。")]
    public Task A_wrong_password_shows_the_error_in_the_browsers_language(string locale, string error) => InBrowserAsync(async page =>
    {
        var email = Users.UniqueEmail("wrong");
        var register = new RegisterPage(page);
        await register.GotoAsync();
        var home = await register.RegisterAsAsync(RoleNames.Founder, "Wrong Password", email, Users.Password);
        await home.SignOutAsync();

        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SubmitAsync(email, "not the password at all");

        await Expect(login.FormErrors).ToHaveTextAsync(error);
        await Expect(login.SignedInName).ToHaveCountAsync(0);
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
    }, locale, $"{nameof(A_wrong_password_shows_the_error_in_the_browsers_language)}.{locale}");
}
