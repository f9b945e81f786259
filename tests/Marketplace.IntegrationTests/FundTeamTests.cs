using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using WebClient = Marketplace.IntegrationTests.Infrastructure.WebClient;

namespace Marketplace.IntegrationTests;

/// <summary>A fund's team: invitations end to end through the e-mail, every way a link is refused, and role changes that always keep a partner.</summary>
public abstract partial class FundTeamTests(MarketplaceApp app)
{
    [Fact]
    public async Task An_invited_fund_manager_follows_the_e_mailed_link_signs_in_joins_as_analyst_and_the_team_is_notified()
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager, displayName: "Wang Fang");
        var fund = await TestFunds.CreateAsync(app, partner, "Haidian Seed Fund");
        var invitee = await Users.RegisterAsync(app, RoleNames.FundManager, displayName: "Li Lei");
        // The invitee reads Chinese: the e-mail is written in their language, not the inviter's.
        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == invitee.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Culture, "zh-Hans")));

        var invited = await partner.Client.SubmitAsync($"/funds/{fund}/team",
            new Dictionary<string, string> { ["Email"] = invitee.Email.ToUpperInvariant(), ["Role"] = FundRoles.Analyst }, "#invite-form");

        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var team = await partner.Client.GetAsync($"/funds/{fund}/team");
        Assert.Equal([invitee.Email], team.Texts("[data-testid=invitation-email]"));
        Assert.Equal(["Analyst"], team.Texts("[data-testid=invitation-role]"));
        var mail = Assert.Single(app.MailTo(invitee.Email), m => (m.TextBody ?? "").Contains("/funds/invitations/", StringComparison.Ordinal));
        Assert.Equal("加入 Marketplace 上 测试基金 的团队", mail.Subject);
        Assert.Contains("Wang Fang 邀请你以分析师身份加入", mail.TextBody);
        var link = InvitationLink(mail);
        var stored = await app.QueryAsync(db => db.FundInvitations.AsNoTracking().SingleAsync(i => i.FundId == fund));
        Assert.Equal(InvitationTokens.Hash(TokenOf(link)), stored.TokenHash);
        Assert.Equal(FundRoles.Analyst, stored.Role);
        Assert.Equal(invitee.Email, stored.Email);
        Assert.InRange(stored.ExpiresAt - DateTime.UtcNow, TimeSpan.FromDays(13.9), TimeSpan.FromDays(14));

        // Signed out, the link asks to sign in and comes back here afterwards.
        using var browser = app.NewClient();
        var landing = await browser.GetAsync(link + "?culture=en");
        Assert.Equal(HttpStatusCode.OK, landing.Status);
        Assert.Equal("Wang Fang invites you to join the team of Haidian Seed Fund (role: Analyst).", landing.Text("[data-testid=invitation-text]"));
        var login = landing.Document.QuerySelector("a[data-testid=invitation-login]")!.GetAttribute("href")!;
        var signedIn = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Email"] = invitee.Email, ["Password"] = invitee.Password });
        Assert.Equal(link, Redirects.PathOf(signedIn.Location));

        var accepted = await browser.SubmitAsync(link, new Dictionary<string, string>(), "[data-testid=accept-form]");

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal($"/funds/{fund}", Redirects.PathOf(accepted.Location));
        var member = await app.QueryAsync(db => db.FundMembers.AsNoTracking().SingleAsync(m => m.FundId == fund && m.UserId == invitee.Id));
        Assert.Equal(FundRoles.Analyst, member.Role);
        var used = await app.QueryAsync(db => db.FundInvitations.AsNoTracking().SingleAsync(i => i.Id == stored.Id));
        Assert.NotNull(used.AcceptedAt);
        Assert.Equal(invitee.Id, used.AcceptedById);
        Assert.Empty((await partner.Client.GetAsync($"/funds/{fund}/team")).Texts("[data-testid=invitation-email]"));

        // The analyst has the fund on their home, with its pipeline but not the partners' links, and may not edit it.
        var mine = await browser.GetAsync("/funds/mine");
        var card = mine.Document.QuerySelector($"[data-fund='{fund}']")!;
        Assert.NotNull(card.QuerySelector("a[data-testid=pipeline-link]"));
        Assert.Null(card.QuerySelector("a[data-testid=mandate-link]"));
        Assert.Null(card.QuerySelector("a[data-testid=edit-link]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/funds/{fund}/edit")).Status);
        using var visitor = app.NewClient();
        Assert.Equal(["Wang Fang", "Li Lei"], (await visitor.GetAsync($"/funds/{fund}")).Texts("[data-testid=member-name]"));

        // The partner sees it in their notifications, in their language.
        var notifications = await partner.Client.GetAsync("/notifications");
        var item = notifications.Document.QuerySelector("[data-notification][data-unread=true]")!;
        Assert.Equal("Li Lei accepted the invitation and joined the team of Haidian Seed Fund.", item.QuerySelector("[data-testid=notification-text]")!.TextContent.Trim());
        Assert.Equal($"/funds/{fund}/team", item.QuerySelector("a[data-testid=notification-link]")!.GetAttribute("data-target"));
        Assert.Empty(await app.QueryAsync(db => db.Notifications.Where(n => n.UserId == invitee.Id).ToListAsync()));
    }

    [Fact]
    public async Task Someone_without_an_account_gets_the_e_mail_in_the_inviters_language_and_registers_as_a_fund_manager_to_join_as_partner()
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == partner.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Culture, "zh-Hans")));
        var fund = await TestFunds.CreateAsync(app, partner);
        var email = Users.UniqueEmail("newcomer");
        await partner.Client.SubmitAsync($"/funds/{fund}/team", new Dictionary<string, string> { ["Email"] = email, ["Role"] = FundRoles.Partner }, "#invite-form");
        var mail = Assert.Single(app.MailTo(email));
        Assert.StartsWith("加入", mail.Subject);
        var link = InvitationLink(mail);

        using var browser = app.NewClient();
        var landing = await browser.GetAsync(link);
        var register = landing.Document.QuerySelector("a[data-testid=invitation-register]")!.GetAttribute("href")!;
        var registered = await browser.SubmitAsync(register, AccountTests.RegistrationFields(email, RoleNames.FundManager));
        Assert.Equal(link, Redirects.PathOf(registered.Location));
        var accepted = await browser.SubmitAsync(link, new Dictionary<string, string>(), "[data-testid=accept-form]");

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal(FundRoles.Partner, await app.QueryAsync(db => db.FundMembers
            .Where(m => m.FundId == fund && db.Users.Any(u => u.Id == m.UserId && u.Email == email)).Select(m => m.Role).SingleAsync()));
        // A partner: they may edit the fund.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/funds/{fund}/edit")).Status);
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_nothing_changes()
    {
        var (partner, fund, link) = await InviteAsync();
        await app.QueryAsync(db => db.FundInvitations.Where(i => i.FundId == fund)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        var invitee = await Users.RegisterAsync(app, RoleNames.FundManager);

        var landing = await invitee.Client.GetAsync(link);
        Assert.Contains("expired", landing.Text("[data-testid=invitation-status]"));
        Assert.Null(landing.Document.QuerySelector("[data-testid=accept-form]"));
        var refused = await invitee.Client.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("This invitation has expired. Ask the fund's partners", refused.Text("[data-testid=form-errors]"));
        await AssertOnlyPartnerAsync(fund, partner);
    }

    [Fact]
    public async Task A_revoked_link_is_refused_and_leaves_the_pending_list()
    {
        var (partner, fund, link) = await InviteAsync();
        var team = await partner.Client.GetAsync($"/funds/{fund}/team");

        var revoked = await partner.Client.SubmitAsync(team, new Dictionary<string, string>(), "[data-testid=revoke-form]");

        Assert.Equal(HttpStatusCode.Redirect, revoked.Status);
        Assert.NotNull((await partner.Client.GetAsync($"/funds/{fund}/team")).Document.QuerySelector("[data-testid=no-pending]"));
        Assert.NotNull(await app.QueryAsync(db => db.FundInvitations.Where(i => i.FundId == fund).Select(i => i.RevokedAt).SingleAsync()));
        var invitee = await Users.RegisterAsync(app, RoleNames.FundManager);
        var landing = await invitee.Client.GetAsync(link);
        Assert.Contains("withdrawn", landing.Text("[data-testid=invitation-status]"));
        var refused = await invitee.Client.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("withdrawn by the fund's partners", refused.Text("[data-testid=form-errors]"));
        await AssertOnlyPartnerAsync(fund, partner);

        // Revoking it again: it is no longer pending.
        var invitation = await app.QueryAsync(db => db.FundInvitations.Where(i => i.FundId == fund).Select(i => i.Id).SingleAsync());
        var again = await partner.Client.PostAsync($"/funds/{fund}/team/invitations/{invitation}/revoke", [new("__RequestVerificationToken", await partner.Client.TokenAsync())]);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task A_used_link_cannot_be_used_again_by_someone_else()
    {
        var (partner, fund, link) = await InviteAsync();
        var first = await Users.RegisterAsync(app, RoleNames.FundManager);
        Assert.Equal(HttpStatusCode.Redirect, (await first.Client.SubmitAsync(link, new Dictionary<string, string>(), "[data-testid=accept-form]")).Status);

        var second = await Users.RegisterAsync(app, RoleNames.FundManager);
        var landing = await second.Client.GetAsync(link);
        var refused = await second.Client.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("already been accepted", refused.Text("[data-testid=form-errors]"));
        var members = await app.QueryAsync(db => db.FundMembers.Where(m => m.FundId == fund).Select(m => m.UserId).ToListAsync());
        Assert.Equal(new[] { partner.Id, first.Id }.Order(), members.Order());
    }

    [Theory]
    [InlineData(RoleNames.Founder)]
    [InlineData(RoleNames.Researcher)]
    public async Task Only_a_fund_manager_can_accept(string role)
    {
        var (partner, fund, link) = await InviteAsync();
        var other = await Users.RegisterAsync(app, role);

        var landing = await other.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, landing.Status);
        Assert.Null(landing.Document.QuerySelector("[data-testid=accept-form]"));
        Assert.Contains("Only fund manager accounts", landing.Text("[data-testid=invitation-status]"));
        var refused = await other.Client.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        await AssertOnlyPartnerAsync(fund, partner);
        Assert.Null(await app.QueryAsync(db => db.FundInvitations.Where(i => i.FundId == fund).Select(i => i.AcceptedAt).SingleAsync()));
    }

    [Fact]
    public async Task Anonymous_accepting_is_sent_to_sign_in_and_unknown_tokens_are_404()
    {
        var (partner, fund, link) = await InviteAsync();
        using var anonymous = app.NewClient();
        var landing = await anonymous.GetAsync(link);
        var posted = await anonymous.PostAsync(link, [new("__RequestVerificationToken", WebClient.TokenOf(landing))]);
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.StartsWith("/account/login", Redirects.PathOf(posted.Location));
        await AssertOnlyPartnerAsync(fund, partner);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/funds/invitations/" + InvitationTokens.New().Token)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/funds/invitations/short")).Status);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var unknown = await manager.Client.PostAsync("/funds/invitations/" + InvitationTokens.New().Token, [new("__RequestVerificationToken", await manager.Client.TokenAsync())]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        // A startup's invitation link is not a fund's.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(link.Replace("/funds/", "/startups/", StringComparison.Ordinal))).Status);
    }

    [Fact]
    public async Task Inviting_a_member_an_address_already_invited_or_without_a_role_is_refused_at_the_field()
    {
        var (partner, fund, _) = await InviteAsync("twice-fund@example.org");

        var again = await partner.Client.SubmitAsync($"/funds/{fund}/team", new Dictionary<string, string> { ["Email"] = " Twice-Fund@Example.org " }, "#invite-form");
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("An invitation to this address is still waiting for an answer.", again.FieldError("Email"));

        var self = await partner.Client.SubmitAsync($"/funds/{fund}/team", new Dictionary<string, string> { ["Email"] = partner.Email }, "#invite-form");
        Assert.Equal(HttpStatusCode.BadRequest, self.Status);
        Assert.Equal("This person is already on the fund's team.", self.FieldError("Email"));

        var bad = await partner.Client.SubmitAsync($"/funds/{fund}/team", new Dictionary<string, string> { ["Email"] = "not an address" }, "#invite-form");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.NotNull(bad.FieldError("Email"));

        var noRole = await partner.Client.SubmitAsync($"/funds/{fund}/team",
            new Dictionary<string, string> { ["Email"] = Users.UniqueEmail("other"), ["Role"] = "owner" }, "#invite-form");
        Assert.Equal(HttpStatusCode.BadRequest, noRole.Status);
        Assert.Equal("Choose partner or analyst.", noRole.FieldError("Role"));

        Assert.Equal(1, await app.QueryAsync(db => db.FundInvitations.CountAsync(i => i.FundId == fund)));
    }

    [Fact]
    public async Task A_partner_changes_roles_but_the_last_partner_cannot_step_down()
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fund = await TestFunds.CreateAsync(app, partner);
        var analyst = await Users.RegisterAsync(app, RoleNames.FundManager);
        await app.QueryAsync(async db =>
        {
            db.FundMembers.Add(new FundMember { FundId = fund, UserId = analyst.Id, Role = FundRoles.Analyst, JoinedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        // Alone as partner: stepping down is refused on the team page, and nothing changes.
        var team = await partner.Client.GetAsync($"/funds/{fund}/team");
        var refused = await partner.Client.SubmitAsync(team, new Dictionary<string, string> { ["Role"] = FundRoles.Analyst }, $"[data-member='{partner.Id}'] form");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("A fund needs at least one partner", refused.Text("[data-testid=form-errors]"));
        Assert.Equal(FundRoles.Partner, await RoleOfAsync(fund, partner));

        // The analyst becomes a partner; then the first partner may step down.
        var promoted = await partner.Client.SubmitAsync(team, new Dictionary<string, string> { ["Role"] = FundRoles.Partner }, $"[data-member='{analyst.Id}'] form");
        Assert.Equal(HttpStatusCode.Redirect, promoted.Status);
        Assert.Equal(FundRoles.Partner, await RoleOfAsync(fund, analyst));
        var audit = await app.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(FundMember) && e.EntityId == fund.ToString()).ToListAsync());
        var line = Assert.Single(audit);
        Assert.Equal(partner.Id, line.UserId);
        Assert.Equal(nameof(Marketplace.Application.Funds.ChangeFundMemberRole), line.UseCase);
        Assert.Contains($"\"UserId\":{{\"after\":\"{analyst.Id}\"}}", line.Changes, StringComparison.Ordinal);
        Assert.Contains("\"Role\":{\"after\":\"partner\"}", line.Changes, StringComparison.Ordinal);

        var stepped = await partner.Client.SubmitAsync($"/funds/{fund}/team", new Dictionary<string, string> { ["Role"] = FundRoles.Analyst }, $"[data-member='{partner.Id}'] form");
        Assert.Equal(HttpStatusCode.Redirect, stepped.Status);
        Assert.Equal(FundRoles.Analyst, await RoleOfAsync(fund, partner));
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.Client.GetAsync($"/funds/{fund}/edit")).Status);

        // Someone who is not on the team has no role to change.
        var stranger = await Users.RegisterAsync(app, RoleNames.FundManager);
        var missing = await analyst.Client.PostAsync($"/funds/{fund}/team/members/{stranger.Id}/role",
            [new("Role", FundRoles.Partner), new("__RequestVerificationToken", await analyst.Client.TokenAsync())]);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.False(await app.QueryAsync(db => db.FundMembers.AnyAsync(m => m.UserId == stranger.Id)));
    }

    private Task<string> RoleOfAsync(Guid fund, TestUser user) =>
        app.QueryAsync(db => db.FundMembers.Where(m => m.FundId == fund && m.UserId == user.Id).Select(m => m.Role).SingleAsync());

    private async Task<(TestUser Partner, Guid Fund, string Link)> InviteAsync(string? email = null)
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fund = await TestFunds.CreateAsync(app, partner);
        email ??= Users.UniqueEmail("invitee");
        var before = app.MailTo(email).Count;
        var invited = await partner.Client.SubmitAsync($"/funds/{fund}/team", new Dictionary<string, string> { ["Email"] = email }, "#invite-form");
        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var mails = app.MailTo(email);
        Assert.Equal(before + 1, mails.Count);
        return (partner, fund, InvitationLink(mails.OrderBy(m => m.Date).Last()));
    }

    private async Task AssertOnlyPartnerAsync(Guid fund, TestUser partner) =>
        Assert.Equal([partner.Id], await app.QueryAsync(db => db.FundMembers.Where(m => m.FundId == fund).Select(m => m.UserId).ToListAsync()));

    /// <summary>The path of the invitation link in the e-mail's text part.</summary>
    private static string InvitationLink(MimeMessage message) =>
        new Uri(LinkPattern().Match(message.TextBody ?? "") is { Success: true } m ? m.Value : throw new InvalidOperationException("No invitation link in the e-mail.")).PathAndQuery;

    private static string TokenOf(string link) => link[(link.LastIndexOf('/') + 1)..];

    [GeneratedRegex(@"https?://\S+/funds/invitations/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class FundTeamTestsOnSqlite(SqliteApp app) : FundTeamTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FundTeamTestsOnPostgreSql(PostgresApp app) : FundTeamTests(app);
