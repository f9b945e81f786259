using System.Net;
using WebClient = Marketplace.IntegrationTests.Infrastructure.WebClient;
using System.Text.RegularExpressions;
using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Marketplace.IntegrationTests;

/// <summary>Co-founder invitations end to end: the e-mail, its link, accepting, and every way a link is refused.</summary>
public abstract partial class StartupInvitationTests(MarketplaceApp app)
{
    [Fact]
    public async Task An_invited_founder_follows_the_e_mailed_link_signs_in_accepts_and_can_edit_and_the_owners_are_notified()
    {
        var owner = await Users.RegisterAsync(app, displayName: "Wang Fang");
        var startup = await TestStartups.CreateAsync(app, owner, "Hangzhou Vision");
        var invitee = await Users.RegisterAsync(app, displayName: "Li Lei");
        // The invitee reads Chinese: the e-mail is written in their language, not the inviter's.
        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == invitee.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Culture, "zh-Hans")));

        var invited = await owner.Client.SubmitAsync($"/startups/{startup}/team", new Dictionary<string, string> { ["Email"] = invitee.Email.ToUpperInvariant() }, "#invite-form");

        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var team = await owner.Client.GetAsync($"/startups/{startup}/team");
        Assert.Equal([invitee.Email], team.Texts("[data-testid=invitation-email]"));
        var mail = Assert.Single(app.MailTo(invitee.Email), m => (m.TextBody ?? "").Contains("/startups/invitations/", StringComparison.Ordinal));
        Assert.Equal("加入 Marketplace 上的 测试初创", mail.Subject);
        Assert.Contains("Wang Fang", mail.TextBody);
        var link = InvitationLink(mail);
        var stored = await app.QueryAsync(db => db.StartupInvitations.AsNoTracking().SingleAsync(i => i.StartupId == startup));
        Assert.Equal(InvitationTokens.Hash(TokenOf(link)), stored.TokenHash);
        Assert.DoesNotContain(TokenOf(link), stored.TokenHash, StringComparison.Ordinal);
        Assert.InRange(stored.ExpiresAt - DateTime.UtcNow, TimeSpan.FromDays(13.9), TimeSpan.FromDays(14));

        // Signed out, the link asks to sign in and comes back here afterwards.
        using var browser = app.NewClient();
        var landing = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, landing.Status);
        Assert.Contains("Wang Fang", landing.Text("[data-testid=invitation-text]"));
        var login = landing.Document.QuerySelector("a[data-testid=invitation-login]")!.GetAttribute("href")!;
        var signedIn = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Email"] = invitee.Email, ["Password"] = invitee.Password });
        Assert.Equal(link, Redirects.PathOf(signedIn.Location));

        var accepted = await browser.SubmitAsync(link, new Dictionary<string, string>(), "[data-testid=accept-form]");

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal($"/startups/{startup}", Redirects.PathOf(accepted.Location));
        Assert.True(await app.QueryAsync(db => db.StartupMembers.AnyAsync(m => m.StartupId == startup && m.UserId == invitee.Id)));
        var used = await app.QueryAsync(db => db.StartupInvitations.AsNoTracking().SingleAsync(i => i.Id == stored.Id));
        Assert.NotNull(used.AcceptedAt);
        Assert.Equal(invitee.Id, used.AcceptedById);

        var edited = await browser.SubmitAsync($"/startups/{startup}/edit", new Dictionary<string, string> { ["TeamSize"] = "12" });
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);
        Assert.Equal(12, await app.QueryAsync(db => db.Startups.Where(s => s.Id == startup).Select(s => s.TeamSize).SingleAsync()));
        Assert.Empty((await owner.Client.GetAsync($"/startups/{startup}/team")).Texts("[data-testid=invitation-email]"));

        // The owner sees it in the navigation's count and on the notifications page, in their language.
        var home = await owner.Client.GetAsync("/");
        Assert.Equal("1", home.Document.QuerySelector("[data-testid=unread-count]")!.FirstChild!.TextContent.Trim());
        var notifications = await owner.Client.GetAsync("/notifications");
        var item = notifications.Document.QuerySelector("[data-notification][data-unread=true]")!;
        Assert.Equal("Li Lei accepted the invitation and now co-owns Hangzhou Vision.", item.QuerySelector("[data-testid=notification-text]")!.TextContent.Trim());
        Assert.Equal($"/startups/{startup}/team", item.QuerySelector("a[data-testid=notification-link]")!.GetAttribute("data-target"));
        Assert.Empty(await app.QueryAsync(db => db.Notifications.Where(n => n.UserId == invitee.Id).ToListAsync()));

        var read = await owner.Client.SubmitAsync(notifications, new Dictionary<string, string>(), $"[data-notification='{item.GetAttribute("data-notification")}'] form");
        Assert.Equal(HttpStatusCode.Redirect, read.Status);
        Assert.Null((await owner.Client.GetAsync("/")).Document.QuerySelector("[data-testid=unread-count]"));
        Assert.NotNull(await app.QueryAsync(db => db.Notifications.Where(n => n.UserId == owner.Id).Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task Someone_without_an_account_gets_the_e_mail_in_the_inviters_language_and_registers_as_a_founder_to_accept()
    {
        var owner = await Users.RegisterAsync(app);
        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Culture, "zh-Hans")));
        var startup = await TestStartups.CreateAsync(app, owner);
        var email = Users.UniqueEmail("newcomer");
        await owner.Client.SubmitAsync($"/startups/{startup}/team", new Dictionary<string, string> { ["Email"] = email }, "#invite-form");
        var link = InvitationLink(Assert.Single(app.MailTo(email)));
        Assert.StartsWith("加入", Assert.Single(app.MailTo(email)).Subject);

        using var browser = app.NewClient();
        var landing = await browser.GetAsync(link);
        var register = landing.Document.QuerySelector("a[data-testid=invitation-register]")!.GetAttribute("href")!;
        var registered = await browser.SubmitAsync(register, AccountTests.RegistrationFields(email));
        Assert.Equal(link, Redirects.PathOf(registered.Location));
        var accepted = await browser.SubmitAsync(link, new Dictionary<string, string>(), "[data-testid=accept-form]");

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.True(await app.QueryAsync(db => db.StartupMembers.AnyAsync(m => m.StartupId == startup && db.Users.Any(u => u.Id == m.UserId && u.Email == email))));
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_nothing_changes()
    {
        var (owner, startup, link) = await InviteAsync();
        await app.QueryAsync(db => db.StartupInvitations.Where(i => i.StartupId == startup)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        var invitee = await Users.RegisterAsync(app);

        var landing = await invitee.Client.GetAsync(link);
        Assert.Contains("expired", landing.Text("[data-testid=invitation-status]"));
        Assert.Null(landing.Document.QuerySelector("[data-testid=accept-form]"));
        var refused = await invitee.Client.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("This invitation has expired", refused.Text("[data-testid=form-errors]"));
        await AssertOnlyOwnerAsync(startup, owner);
    }

    [Fact]
    public async Task A_revoked_link_is_refused_and_leaves_the_pending_list()
    {
        var (owner, startup, link) = await InviteAsync();
        var team = await owner.Client.GetAsync($"/startups/{startup}/team");

        var revoked = await owner.Client.SubmitAsync(team, new Dictionary<string, string>(), "[data-testid=revoke-form]");

        Assert.Equal(HttpStatusCode.Redirect, revoked.Status);
        Assert.NotNull((await owner.Client.GetAsync($"/startups/{startup}/team")).Document.QuerySelector("[data-testid=no-pending]"));
        Assert.NotNull(await app.QueryAsync(db => db.StartupInvitations.Where(i => i.StartupId == startup).Select(i => i.RevokedAt).SingleAsync()));
        var invitee = await Users.RegisterAsync(app);
        var landing = await invitee.Client.GetAsync(link);
        var refused = await invitee.Client.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("withdrawn", refused.Text("[data-testid=form-errors]"));
        await AssertOnlyOwnerAsync(startup, owner);

        // Revoking it again: it is no longer pending.
        var token = await owner.Client.TokenAsync();
        var invitation = await app.QueryAsync(db => db.StartupInvitations.Where(i => i.StartupId == startup).Select(i => i.Id).SingleAsync());
        var again = await owner.Client.PostAsync($"/startups/{startup}/team/invitations/{invitation}/revoke", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task A_used_link_cannot_be_used_again_by_someone_else()
    {
        var (owner, startup, link) = await InviteAsync();
        var first = await Users.RegisterAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await first.Client.SubmitAsync(link, new Dictionary<string, string>(), "[data-testid=accept-form]")).Status);

        var second = await Users.RegisterAsync(app);
        var landing = await second.Client.GetAsync(link);
        var refused = await second.Client.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("already been accepted", refused.Text("[data-testid=form-errors]"));
        var members = await app.QueryAsync(db => db.StartupMembers.Where(m => m.StartupId == startup).Select(m => m.UserId).ToListAsync());
        Assert.Equal(new[] { owner.Id, first.Id }.Order(), members.Order());
    }

    [Theory]
    [InlineData(RoleNames.Researcher)]
    [InlineData(RoleNames.FundManager)]
    public async Task Only_a_founder_can_accept(string role)
    {
        var (owner, startup, link) = await InviteAsync();
        var other = await Users.RegisterAsync(app, role);

        var landing = await other.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, landing.Status);
        Assert.Null(landing.Document.QuerySelector("[data-testid=accept-form]"));
        Assert.NotNull(landing.Document.QuerySelector("[data-testid=invitation-status]"));
        var refused = await other.Client.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        await AssertOnlyOwnerAsync(startup, owner);
        Assert.Null(await app.QueryAsync(db => db.StartupInvitations.Where(i => i.StartupId == startup).Select(i => i.AcceptedAt).SingleAsync()));
    }

    [Fact]
    public async Task Anonymous_accepting_is_sent_to_sign_in_and_unknown_tokens_are_404()
    {
        var (owner, startup, link) = await InviteAsync();
        using var anonymous = app.NewClient();
        var landing = await anonymous.GetAsync(link);
        var posted = await anonymous.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.StartsWith("/account/login", Redirects.PathOf(posted.Location));
        await AssertOnlyOwnerAsync(startup, owner);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/startups/invitations/" + InvitationTokens.New().Token)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/startups/invitations/short")).Status);
        var founder = await Users.RegisterAsync(app);
        var page = await founder.Client.GetAsync("/");
        var unknown = await founder.Client.PostAsync("/startups/invitations/" + InvitationTokens.New().Token, [new("__RequestVerificationToken", WebClient.TokenOf(page))]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task Inviting_an_owner_or_an_address_already_invited_is_refused_at_the_field()
    {
        var (owner, startup, _) = await InviteAsync("twice@example.org");

        var again = await owner.Client.SubmitAsync($"/startups/{startup}/team", new Dictionary<string, string> { ["Email"] = " Twice@Example.org " }, "#invite-form");
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("An invitation to this address is still waiting for an answer.", again.FieldError("Email"));

        var self = await owner.Client.SubmitAsync($"/startups/{startup}/team", new Dictionary<string, string> { ["Email"] = owner.Email }, "#invite-form");
        Assert.Equal(HttpStatusCode.BadRequest, self.Status);
        Assert.Equal("This person is already an owner of the startup.", self.FieldError("Email"));

        var bad = await owner.Client.SubmitAsync($"/startups/{startup}/team", new Dictionary<string, string> { ["Email"] = "not an address" }, "#invite-form");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.NotNull(bad.FieldError("Email"));

        Assert.Equal(1, await app.QueryAsync(db => db.StartupInvitations.CountAsync(i => i.StartupId == startup)));
    }

    private async Task<(TestUser Owner, Guid Startup, string Link)> InviteAsync(string? email = null)
    {
        var owner = await Users.RegisterAsync(app);
        var startup = await TestStartups.CreateAsync(app, owner);
        email ??= Users.UniqueEmail("invitee");
        var before = app.MailTo(email).Count;
        var invited = await owner.Client.SubmitAsync($"/startups/{startup}/team", new Dictionary<string, string> { ["Email"] = email }, "#invite-form");
        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var mails = app.MailTo(email);
        Assert.Equal(before + 1, mails.Count);
        return (owner, startup, InvitationLink(mails.OrderBy(m => m.Date).Last()));
    }

    private async Task AssertOnlyOwnerAsync(Guid startup, TestUser owner) =>
        Assert.Equal([owner.Id], await app.QueryAsync(db => db.StartupMembers.Where(m => m.StartupId == startup).Select(m => m.UserId).ToListAsync()));

    /// <summary>The path of the invitation link in the e-mail's text part.</summary>
    private static string InvitationLink(MimeMessage message) =>
        new Uri(LinkPattern().Match(message.TextBody ?? "") is { Success: true } m ? m.Value : throw new InvalidOperationException("No invitation link in the e-mail.")).PathAndQuery;

    private static string TokenOf(string link) => link[(link.LastIndexOf('/') + 1)..];

    [GeneratedRegex(@"https?://\S+/startups/invitations/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class StartupInvitationTestsOnSqlite(SqliteApp app) : StartupInvitationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StartupInvitationTestsOnPostgreSql(PostgresApp app) : StartupInvitationTests(app);
