using System.Net;
using System.Web;
using Marketplace.Domain.Common;
using Marketplace.Domain.Users;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>
/// A host that sends its e-mail through a real SMTP server on loopback (MailKit → SmtpServer), and
/// checks a session against its account on every request.
/// </summary>
public static class MailHost
{
    public static Dictionary<string, string?> With(Dictionary<string, string?> settings, SmtpTestServer smtp)
    {
        settings["Email:Smtp:Host"] = "127.0.0.1";
        settings["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:Smtp:Security"] = "None";
        settings["Identity:SessionCheckSeconds"] = "0";
        return settings;
    }
}

public sealed class SqliteMailApp : SqliteApp
{
    public SmtpTestServer Smtp { get; } = new();

    protected override Dictionary<string, string?> Settings() => MailHost.With(base.Settings(), Smtp);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class PostgresMailApp : PostgresApp
{
    public SmtpTestServer Smtp { get; } = new();

    protected override Dictionary<string, string?> Settings() => MailHost.With(base.Settings(), Smtp);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteMailCollection : ICollectionFixture<SqliteMailApp>
{
    public const string Name = "sqlite-mail";
}

[CollectionDefinition(Name)]
public sealed class PostgresMailCollection : ICollectionFixture<PostgresMailApp>
{
    public const string Name = "postgresql-mail";
}

public abstract class AccountEmailTests(MarketplaceApp app, SmtpTestServer smtp)
{
    private const string NewPassword = "a brand new passphrase for tests";

    private async Task<TestUser> RegisterAsync(string culture = "en")
    {
        var client = app.NewClient();
        var email = Users.UniqueEmail("mail");
        var page = await client.SubmitAsync($"/account/register?culture={culture}", AccountTests.RegistrationFields(email));
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return new TestUser(id, email, Users.Password, "Ada founder", RoleNames.Founder, client);
    }

    private async Task<Uri> RequestResetLinkAsync(string email)
    {
        var received = smtp.To(email).Count;
        using var client = app.NewClient();
        var sent = await client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.NotNull(sent.Document.QuerySelector("[data-testid=reset-sent]"));
        return SmtpTestServer.LinkIn(await smtp.WaitForAsync(email, count: received + 1));
    }

    private async Task<bool> CanSignInAsync(string email, string password)
    {
        using var client = app.NewClient();
        return (await Users.SignInAsync(client, email, password)).Status == HttpStatusCode.Redirect;
    }

    [Theory]
    [InlineData("en", "Confirm your Marketplace e-mail address")]
    [InlineData("zh-Hans", "请确认您在 Marketplace 的邮箱地址")]
    public async Task Registration_sends_a_confirmation_in_the_users_language_whose_link_confirms_the_address(string culture, string subject)
    {
        var user = await RegisterAsync(culture);

        var message = await smtp.WaitForAsync(user.Email);
        Assert.Equal(subject, message.Subject);
        Assert.Equal("no-reply@marketplace.local", message.From.Mailboxes.Single().Address);
        var link = SmtpTestServer.LinkIn(message);
        Assert.Equal(app.BaseAddress.Authority, link.Authority);
        Assert.Equal("/account/confirm-email", link.AbsolutePath);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(link.OriginalString)}\"", message.HtmlBody);
        Assert.False(await app.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.EmailConfirmed).SingleAsync()));

        using var anyone = app.NewClient();
        var page = await anyone.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=confirmed]"));
        Assert.True(await app.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task A_tampered_confirmation_link_confirms_nothing()
    {
        var user = await RegisterAsync();
        var link = SmtpTestServer.LinkIn(await smtp.WaitForAsync(user.Email));
        var query = HttpUtility.ParseQueryString(link.Query);

        using var anyone = app.NewClient();
        var page = await anyone.GetAsync($"/account/confirm-email?userId={query["userId"]}&token={Uri.EscapeDataString("x" + query["token"])}");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("This confirmation link is invalid or has expired.", page.Text("[data-testid=not-confirmed]"));
        Assert.False(await app.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task Forgot_password_mails_a_link_that_sets_a_new_password_and_retires_the_old_one()
    {
        var user = await RegisterAsync("zh-Hans");

        var link = await RequestResetLinkAsync(user.Email);
        Assert.Equal("重置您的 Marketplace 密码", smtp.To(user.Email).Last().Subject);
        Assert.Equal("/account/reset-password", link.AbsolutePath);

        using var client = app.NewClient();
        var form = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var done = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal("/account/login", done.Location?.OriginalString);
        Assert.True(await CanSignInAsync(user.Email, NewPassword));
        Assert.False(await CanSignInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task A_reset_link_works_once()
    {
        var user = await RegisterAsync();
        var link = await RequestResetLinkAsync(user.Email);
        using var client = app.NewClient();
        var first = await client.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, first.Status);

        var again = await client.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Password"] = "yet another passphrase", ["ConfirmPassword"] = "yet another passphrase" });

        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.True(await CanSignInAsync(user.Email, NewPassword));
    }

    [Fact]
    public async Task A_tampered_reset_token_is_refused_with_the_message_and_changes_nothing()
    {
        var user = await RegisterAsync();
        var link = await RequestResetLinkAsync(user.Email);
        var query = HttpUtility.ParseQueryString(link.Query);
        using var client = app.NewClient();

        var page = await client.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Token"] = query["token"]![..^4] + "AAAA",
            ["Password"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("This reset link is invalid or has expired. Ask for a new one.", page.Text("[data-testid=form-errors]"));
        Assert.True(await CanSignInAsync(user.Email, user.Password));
        Assert.False(await CanSignInAsync(user.Email, NewPassword));
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_at_its_field()
    {
        var user = await RegisterAsync();
        var link = await RequestResetLinkAsync(user.Email);
        using var client = app.NewClient();

        var page = await client.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Password"] = "qwertyuiop", ["ConfirmPassword"] = "qwertyuiop" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("This password is too common and easy to guess. Choose another.", page.FieldError("Password"));
        Assert.True(await CanSignInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task Forgot_password_answers_an_unknown_address_exactly_as_a_known_one_and_sends_nothing()
    {
        var user = await RegisterAsync();
        var unknown = Users.UniqueEmail("unknown");
        var before = smtp.Messages.Count;
        using var client = app.NewClient();

        var known = await client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email });
        var stranger = await client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = unknown });

        Assert.Equal(known.Status, stranger.Status);
        Assert.Equal(known.Text("main"), stranger.Text("main"));
        var reset = await smtp.WaitForAsync(user.Email, count: 2);
        Assert.Equal("Reset your Marketplace password", reset.Subject);
        Assert.Empty(smtp.To(unknown));
        // Tests run one at a time: the known address's reset is the only message since.
        Assert.Equal(before + 1, smtp.Messages.Count);
    }

    [Fact]
    public async Task A_password_reset_lifts_a_lockout()
    {
        var user = await RegisterAsync();
        using (var guesser = app.NewClient())
            for (var i = 0; i < 5; i++)
                await Users.SignInAsync(guesser, user.Email, $"wrong passphrase {i}");
        Assert.False(await CanSignInAsync(user.Email, user.Password));

        var link = await RequestResetLinkAsync(user.Email);
        using var client = app.NewClient();
        var done = await client.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.True(await CanSignInAsync(user.Email, NewPassword));
    }

    [Fact]
    public async Task Suspending_an_account_ends_the_sessions_it_already_has()
    {
        var user = await RegisterAsync();
        Assert.NotNull((await user.Client.GetAsync("/")).Document.QuerySelector("[data-testid=logout]"));

        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, AccountStatus.Suspended)));

        var home = await user.Client.GetAsync("/");
        Assert.Null(home.Document.QuerySelector("[data-testid=logout]"));
        Assert.Null(home.Document.QuerySelector("[data-testid=nav-profile]"));
    }
}

[Collection(SqliteMailCollection.Name)]
public sealed class AccountEmailTestsOnSqlite(SqliteMailApp app) : AccountEmailTests(app, app.Smtp);

[Collection(PostgresMailCollection.Name)]
public sealed class AccountEmailTestsOnPostgreSql(PostgresMailApp app) : AccountEmailTests(app, app.Smtp);
