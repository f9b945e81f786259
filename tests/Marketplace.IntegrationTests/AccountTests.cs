using System.Net;
using Marketplace.Domain.Common;
using Marketplace.Domain.Users;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Marketplace.IntegrationTests;

/// <summary>Registration, sign-in, lockout and sign-out through the real pages; e-mail goes to the pickup folder.</summary>
public abstract class AccountTests(MarketplaceApp app)
{
    private const string Password = Users.Password;

    internal static Dictionary<string, string> RegistrationFields(string email, string role = RoleNames.Founder) => new()
    {
        ["Role"] = role,
        ["DisplayName"] = "Ada " + role,
        ["Email"] = email,
        ["Password"] = Password,
        ["ConfirmPassword"] = Password,
    };

    private Task<bool> UserExistsAsync(string email) =>
        app.QueryAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));

    private static bool SignedIn(Page home) => home.Document.QuerySelector("[data-testid=logout]") is not null;

    [Theory]
    [InlineData(RoleNames.Founder, "en")]
    [InlineData(RoleNames.FundManager, "zh-Hans")]
    [InlineData(RoleNames.Researcher, "en")]
    [InlineData(RoleNames.Researcher, "zh-Hans")]
    public async Task Registering_stores_a_profile_with_the_chosen_role_and_the_page_language_and_signs_in(string role, string culture)
    {
        using var client = app.NewClient();
        var email = Users.UniqueEmail(role);

        var page = await client.SubmitAsync($"/account/register?culture={culture}", RegistrationFields(email, role));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var profile = await app.QueryAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.UserProfiles.AsNoTracking().SingleAsync(p => p.Id == id);
        });
        Assert.Equal(role, profile.Role);
        Assert.Equal(culture, profile.Culture);
        Assert.Equal("Ada " + role, profile.DisplayName);
        Assert.Equal(AccountStatus.Active, profile.Status);

        var home = await client.GetAsync("/");
        Assert.True(SignedIn(home));
        Assert.Equal("Ada " + role, home.Text("[data-testid=nav-profile]"));
        Assert.Equal(culture, home.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(culture == "en" ? "Welcome! We sent you an e-mail to confirm your address." : "欢迎！我们已向您发送一封确认邮箱地址的邮件。",
            home.Text("[data-testid=flash]"));
    }

    [Fact]
    public async Task Registering_as_administrator_is_refused_at_the_role_field_and_writes_nothing()
    {
        using var client = app.NewClient();
        var email = Users.UniqueEmail("would-be-admin");

        var page = await client.SubmitAsync("/account/register", RegistrationFields(email, RoleNames.Admin));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Choose founder, fund manager or researcher.", page.FieldError("Role"));
        Assert.False(await UserExistsAsync(email));
        Assert.False(await app.QueryAsync(db => db.UserProfiles.AnyAsync(p => p.Role == RoleNames.Admin && p.DisplayName == "Ada admin")));
    }

    [Theory]
    [InlineData("Email", "", "Email", "'E-mail' must not be empty.")]
    [InlineData("Email", "not-an-e-mail", "Email", "'E-mail' is not a valid email address.")]
    [InlineData("Password", "short12", "Password", "The length of 'Password' must be at least 8 characters. You entered 7 characters.")]
    [InlineData("Password", "<129 characters>", "Password", "The length of 'Password' must be 128 characters or fewer. You entered 129 characters.")]
    [InlineData("Password", "password123", "Password", "This password is too common and easy to guess. Choose another.")]
    [InlineData("Password", "PassWord123", "Password", "This password is too common and easy to guess. Choose another.")]
    [InlineData("ConfirmPassword", "another long passphrase", "ConfirmPassword", "The two passwords are not the same.")]
    [InlineData("DisplayName", "", "DisplayName", "'Display name' must not be empty.")]
    [InlineData("DisplayName", "   ", "DisplayName", "'Display name' must not be empty.")]
    [InlineData("Role", "", "Role", "Choose founder, fund manager or researcher.")]
    public async Task Bad_registration_input_gets_400_with_the_message_at_its_field_and_writes_nothing(
        string field, string value, string errorField, string message)
    {
        using var client = app.NewClient();
        var email = Users.UniqueEmail("bad-input");
        var fields = RegistrationFields(email);
        value = value == "<129 characters>" ? new string('x', 120) + "123456789" : value;
        fields[field] = value;
        if (field == "Password")
            fields["ConfirmPassword"] = value;

        var page = await client.SubmitAsync("/account/register", fields);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(message, page.FieldError(errorField));
        Assert.False(await UserExistsAsync(field == "Email" ? value : email));
        // The form comes back with what was typed, but never with a password.
        Assert.Equal(field == "Email" ? value : email, page.Document.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.Null(page.Document.QuerySelector("input[name=Password]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Bad_registration_input_is_explained_in_chinese_when_the_page_is_chinese()
    {
        using var client = app.NewClient();
        var email = Users.UniqueEmail("zh-bad-input");
        var fields = RegistrationFields(email);
        fields["Password"] = fields["ConfirmPassword"] = "password123";
        fields["DisplayName"] = "";

        var page = await client.SubmitAsync("/account/register?culture=zh-Hans", fields);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("该密码过于常见，容易被猜到，请换一个。", page.FieldError("Password"));
        Assert.Equal("'显示名称' 不能为空。", page.FieldError("DisplayName"));
        Assert.False(await UserExistsAsync(email));
    }

    [Fact]
    public async Task Registering_an_e_mail_address_twice_is_refused_whatever_its_case()
    {
        var first = await Users.RegisterAsync(app, RoleNames.Researcher);
        using var client = app.NewClient();

        var page = await client.SubmitAsync("/account/register", RegistrationFields(first.Email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("An account with this e-mail address already exists.", page.FieldError("Email"));
        var accounts = await app.QueryAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == first.Email.ToUpperInvariant()));
        Assert.Equal(1, accounts);
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_redirects_with_an_auth_cookie_and_the_profile_language()
    {
        var registered = await Users.RegisterAsync(app, RoleNames.FundManager);
        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == registered.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Culture, "zh-Hans")));
        using var client = app.NewClient();

        var page = await client.SubmitAsync("/account/login?returnUrl=%2Fclusters",
            new Dictionary<string, string> { ["Email"] = registered.Email, ["Password"] = registered.Password });

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/clusters", page.Location?.OriginalString);
        Assert.NotNull(client.Cookies.GetCookies(app.BaseAddress)["mp.auth"]);
        // The sign-in page was English; the profile says Chinese, and the UI follows the profile.
        var clusters = await client.GetAsync("/clusters");
        Assert.Equal("zh-Hans", clusters.Document.DocumentElement.GetAttribute("lang"));
        Assert.True(SignedIn(clusters));
    }

    [Fact]
    public async Task Signing_in_never_redirects_off_the_site()
    {
        var registered = await Users.RegisterAsync(app);
        using var client = app.NewClient();

        var page = await client.SubmitAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Email"] = registered.Email, ["Password"] = registered.Password });

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/dashboard", page.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_gets_400_with_the_message_and_no_session()
    {
        var registered = await Users.RegisterAsync(app);
        using var client = app.NewClient();

        var page = await Users.SignInAsync(client, registered.Email, "not the right passphrase");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("The e-mail address or the password is wrong.", page.Text("[data-testid=form-errors]"));
        Assert.Null(client.Cookies.GetCookies(app.BaseAddress)["mp.auth"]);
        Assert.False(SignedIn(await client.GetAsync("/")));
    }

    [Fact]
    public async Task An_unknown_e_mail_address_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = app.NewClient();
        var page = await Users.SignInAsync(client, Users.UniqueEmail("nobody"), "whatever passphrase");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("The e-mail address or the password is wrong.", page.Text("[data-testid=form-errors]"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var registered = await Users.RegisterAsync(app);
        using var client = app.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await Users.SignInAsync(client, registered.Email, $"wrong passphrase {i}")).Status);
        var right = await Users.SignInAsync(client, registered.Email, registered.Password);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Locked],
            statuses);
        Assert.Equal(HttpStatusCode.Locked, right.Status);
        Assert.Equal("Too many failed attempts: this account is locked for a while. Try again later or reset your password.",
            right.Text("[data-testid=form-errors]"));
        Assert.Null(client.Cookies.GetCookies(app.BaseAddress)["mp.auth"]);
        var lockoutEnd = await app.QueryAsync(db => db.Users.Where(u => u.Id == registered.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_suspended_account_cannot_sign_in_and_only_its_password_holder_learns_why()
    {
        var registered = await Users.RegisterAsync(app, RoleNames.Researcher);
        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == registered.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, AccountStatus.Suspended)));
        using var client = app.NewClient();

        var guess = await Users.SignInAsync(client, registered.Email, "a wrong passphrase");
        var right = await Users.SignInAsync(client, registered.Email, registered.Password);

        Assert.Equal(HttpStatusCode.BadRequest, guess.Status);
        Assert.Equal("The e-mail address or the password is wrong.", guess.Text("[data-testid=form-errors]"));
        Assert.Equal(HttpStatusCode.Forbidden, right.Status);
        Assert.Equal("This account is suspended. Contact an administrator if you think this is a mistake.", right.Text("[data-testid=form-errors]"));
        Assert.Null(client.Cookies.GetCookies(app.BaseAddress)["mp.auth"]);
    }

    [Fact]
    public async Task Sign_out_is_a_post_only()
    {
        var user = await Users.RegisterAsync(app);

        var get = await user.Client.GetAsync("/account/logout");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.Status);
        var home = await user.Client.GetAsync("/");
        Assert.True(SignedIn(home));

        var posted = await user.Client.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/account/logout']");
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.False(SignedIn(await user.Client.GetAsync("/")));
        Assert.Null(user.Client.Cookies.GetCookies(app.BaseAddress)["mp.auth"]);
    }

    [Fact]
    public async Task Without_smtp_the_confirmation_e_mail_is_written_as_an_eml_file()
    {
        var user = await Users.RegisterAsync(app, RoleNames.Founder);

        var messages = Directory.GetFiles(app.MailDirectory, "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(b => b.Address == user.Email))
            .ToList();

        var message = Assert.Single(messages);
        Assert.Equal("Confirm your Marketplace e-mail address", message.Subject);
        var link = SmtpTestServer.LinkIn(message);
        Assert.Equal("/account/confirm-email", link.AbsolutePath);
        using var client = app.NewClient();
        var confirmed = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        Assert.NotNull(confirmed.Document.QuerySelector("[data-testid=confirmed]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccountTestsOnSqlite(SqliteApp app) : AccountTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccountTestsOnPostgreSql(PostgresApp app) : AccountTests(app);
