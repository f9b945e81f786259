using System.Globalization;
using System.Net;
using Marketplace.Application.Common;
using Marketplace.Application.Conversations;
using Marketplace.Application.Funds.Applications;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Domain.Common;
using Marketplace.Domain.Conversations;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Startups;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>
/// Two-way consent between founders and funds: applications (capacity, mandate, duplicates, accept,
/// decline, withdraw, the pass reason reaching the founder), intro requests, and the conversation
/// acceptance opens — readable and writable by its two parties only.
/// </summary>
public abstract class ApplicationTests(MarketplaceApp app)
{
    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private sealed record Fixture(TestUser Manager, TestUser Founder, Guid FundId, Guid StartupId, Guid ProjectId, string Title);

    private Task<Guid> FundAsync(IEnumerable<Guid> managers, Action<Fund>? configure = null) =>
        app.QueryAsync(async db =>
        {
            var fund = new Fund(new LocalizedText(Unique("Fund"), "测试基金"), "venture-capital");
            configure?.Invoke(fund);
            db.Funds.Add(fund);
            foreach (var manager in managers)
                db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = manager, Role = FundRoles.Partner, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return fund.Id;
        });

    private Task<(Guid StartupId, Guid ProjectId)> ProjectAsync(Guid owner, string title, ModerationState state = ModerationState.Published) =>
        app.QueryAsync(async db =>
        {
            var clusterId = await db.Clusters.Where(c => c.Key == "hangzhou").Select(c => c.Id).SingleAsync();
            var startup = new Startup(new LocalizedText(Unique("Startup"), "测试初创公司"), clusterId, "series-a") { Sectors = ["healthcare"] };
            db.Startups.Add(startup);
            db.StartupMembers.Add(new StartupMember { StartupId = startup.Id, UserId = owner, JoinedAt = DateTime.UtcNow });
            var project = new Project(startup.Id, new LocalizedText(title, "测试项目"), 5_000_000, "CNY", "equity", "series-a")
            {
                Summary = new LocalizedText("Models for clinics.", null),
                State = state,
                PublishedAt = state == ModerationState.Published ? DateTime.UtcNow : null,
            };
            db.Projects.Add(project);
            db.ProjectConfidentials.Add(new ProjectConfidential(project.Id));
            await db.SaveChangesAsync();
            return (startup.Id, project.Id);
        });

    private async Task<Fixture> FixtureAsync(Action<Fund>? configure = null)
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager, "Mia Manager");
        var founder = await Users.RegisterAsync(app, RoleNames.Founder, "Fei Founder");
        var fund = await FundAsync([manager.Id], configure);
        var title = Unique("Clinic AI");
        var (startup, project) = await ProjectAsync(founder.Id, title);
        return new Fixture(manager, founder, fund, startup, project, title);
    }

    private Task<T> As<T>(TestUser user, Mediator.ICommand<T> command) => app.SendAsync(command, MarketplaceApp.Principal(user.Id, user.Role));

    private Task As(TestUser user, Mediator.ICommand command) => app.SendAsync(command, MarketplaceApp.Principal(user.Id, user.Role));

    private Task<T> As<T>(TestUser user, Mediator.IQuery<T> query) => app.SendAsync(query, MarketplaceApp.Principal(user.Id, user.Role));

    private Task<FundApplication> SavedApplicationAsync(Guid id) => app.QueryAsync(db => db.FundApplications.AsNoTracking().SingleAsync(a => a.Id == id));

    private async Task<List<string>> NotificationKindsAsync(Guid userId) =>
        await app.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt).Select(n => n.Kind).ToListAsync());

    [Fact]
    public async Task Accepting_an_application_opens_a_conversation_both_sides_use_with_unread_counts_and_adds_the_deal()
    {
        var f = await FixtureAsync();
        var colleague = await Users.RegisterAsync(app, RoleNames.FundManager);
        await app.QueryAsync(async db =>
        {
            db.FundMembers.Add(new FundMember { FundId = f.FundId, UserId = colleague.Id, Role = FundRoles.Analyst, JoinedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var applicationId = await As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "  We build models for clinics.  "));
        var saved = await SavedApplicationAsync(applicationId);
        Assert.Equal((ConsentStatus.Pending, "We build models for clinics.", f.Founder.Id), (saved.Status, saved.Message, saved.ApplicantId));
        Assert.Contains("fund-application-received", await NotificationKindsAsync(colleague.Id));

        var inbox = await As(f.Manager, new ListFundApplications.Query(f.FundId));
        var row = Assert.Single(inbox.Applications.Items);
        Assert.Equal((applicationId, f.Title, "Fei Founder"), (row.Id, row.ProjectTitle.En, row.ApplicantName));

        var conversationId = await As(f.Manager, new AcceptApplication.Command(f.FundId, applicationId, row.Version));
        saved = await SavedApplicationAsync(applicationId);
        Assert.Equal((ConsentStatus.Accepted, f.Manager.Id, conversationId), (saved.Status, saved.DecidedById, saved.ConversationId));
        var conversation = await app.QueryAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId));
        Assert.Equal((PartyKind.Startup, f.StartupId, PartyKind.Fund, f.FundId, "application", applicationId),
            (conversation.FirstPartyKind, conversation.FirstPartyId, conversation.SecondPartyKind, conversation.SecondPartyId, conversation.Origin, conversation.OriginId));
        var deal = await app.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.FundId == f.FundId && d.ProjectId == f.ProjectId));
        Assert.Equal((DealStage.Sourced, DealSources.Application), (deal.Stage, deal.Source));
        Assert.Contains("fund-application-accepted", await NotificationKindsAsync(f.Founder.Id));
        Assert.Equal(ConsentStatus.Accepted, Assert.Single((await As(f.Founder, new ListMyApplications.Query())).Applications.Items).Status);

        await As(f.Founder, new SendMessage.Command(conversationId, "Hello fund"));
        await As(f.Founder, new SendMessage.Command(conversationId, "Our deck is attached to the project."));
        // The application's message opens the conversation: read by the one who accepted it, new to the colleague.
        Assert.Equal(2, await As(f.Manager, new CountMyUnreadMessages.Query()));
        Assert.Equal(3, await As(colleague, new CountMyUnreadMessages.Query()));
        Assert.Equal(0, await As(f.Founder, new CountMyUnreadMessages.Query()));
        var listed = Assert.Single((await As(f.Manager, new ListMyConversations.Query())).Items);
        Assert.Equal((conversationId, 2), (listed.Id, listed.Unread));
        var fundName = await app.QueryAsync(db => db.Funds.Where(x => x.Id == f.FundId).Select(x => x.Name.En).SingleAsync());
        Assert.Equal(fundName, (await As(f.Founder, new ListMyConversations.Query())).Items.Single().OtherParty);
        Assert.Contains("conversation-message", await NotificationKindsAsync(colleague.Id));
        Assert.DoesNotContain("conversation-message", await NotificationKindsAsync(f.Founder.Id));

        var view = await As(f.Manager, new GetConversation.Query(conversationId));
        Assert.Equal(["We build models for clinics.", "Hello fund", "Our deck is attached to the project."], view.Messages.Select(m => m.Body));
        Assert.All(view.Messages, m => Assert.Equal(("Fei Founder", false), (m.SenderName, m.Mine)));
        Assert.Equal(0, await As(f.Manager, new CountMyUnreadMessages.Query()));
        Assert.Equal(3, await As(colleague, new CountMyUnreadMessages.Query()));

        await As(f.Manager, new SendMessage.Command(conversationId, "Thanks, let us meet."));
        Assert.Equal(1, await As(f.Founder, new CountMyUnreadMessages.Query()));
        Assert.Equal(1, Assert.Single((await As(f.Founder, new ListMyConversations.Query())).Items).Unread);
        Assert.Contains("conversation-message", await NotificationKindsAsync(f.Founder.Id));
    }

    [Fact]
    public async Task Nobody_outside_the_two_parties_reads_or_writes_the_conversation()
    {
        var f = await FixtureAsync();
        var applicationId = await As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Please look."));
        var version = (await SavedApplicationAsync(applicationId)).Version;
        var conversationId = await As(f.Manager, new AcceptApplication.Command(f.FundId, applicationId, version));
        await As(f.Founder, new SendMessage.Command(conversationId, "Secret terms here"));

        var otherFounder = await Users.RegisterAsync(app);
        await ProjectAsync(otherFounder.Id, Unique("Other"));
        var otherManager = await Users.RegisterAsync(app, RoleNames.FundManager);
        await FundAsync([otherManager.Id]);
        foreach (var stranger in new[] { otherFounder, otherManager })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => As(stranger, new GetConversation.Query(conversationId)));
            await Assert.ThrowsAsync<NotFoundException>(() => As(stranger, new SendMessage.Command(conversationId, "Let me in")));
            Assert.Empty((await As(stranger, new ListMyConversations.Query())).Items);
            Assert.Equal(0, await As(stranger, new CountMyUnreadMessages.Query()));

            var page = await stranger.Client.GetAsync($"/conversations/{conversationId}");
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain("Secret terms here", page.Html);
            var post = await stranger.Client.PostAsync($"/conversations/{conversationId}",
                [new("Body", "Let me in"), new("__RequestVerificationToken", Infrastructure.WebClient.TokenOf(await stranger.Client.GetAsync("/conversations")))]);
            Assert.Equal(HttpStatusCode.NotFound, post.Status);
            Assert.DoesNotContain("Secret terms here", (await stranger.Client.GetAsync("/conversations")).Html);
        }

        var anonymous = app.NewClient();
        var anonymousPage = await anonymous.GetAsync($"/conversations/{conversationId}");
        Assert.NotEqual(HttpStatusCode.OK, anonymousPage.Status);
        Assert.DoesNotContain("Secret terms here", anonymousPage.Html);
        // The application's message, carried in when it was accepted, and the founder's.
        Assert.Equal(2, await app.QueryAsync(db => db.ConversationMessages.CountAsync(m => m.ConversationId == conversationId)));

        var founderPage = await f.Founder.Client.GetAsync($"/conversations/{conversationId}");
        Assert.Equal(HttpStatusCode.OK, founderPage.Status);
        var sent = await f.Manager.Client.SubmitAsync($"/conversations/{conversationId}", new Dictionary<string, string> { ["Body"] = "Received, thanks." },
            "form[data-testid=message-form]");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(["Please look.", "Secret terms here", "Received, thanks."],
            (await f.Founder.Client.GetAsync($"/conversations/{conversationId}")).Texts("[data-testid=message-body]"));
        var empty = await f.Manager.Client.SubmitAsync($"/conversations/{conversationId}", new Dictionary<string, string> { ["Body"] = " " },
            "form[data-testid=message-form]");
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("Write a message.", empty.FieldError("Body"));
    }

    [Fact]
    public async Task A_full_weekly_inbox_refuses_with_the_date_it_reopens()
    {
        var f = await FixtureAsync(fund => fund.DefineMandate(TestFunds.Mandate(weeklyCapacity: 2)));
        var others = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var (_, project) = await ProjectAsync(f.Founder.Id, Unique("Earlier"));
            others.Add(await As(f.Founder, new ApplyToFund.Command(f.FundId, project, "Earlier application")));
        }
        var oldest = DateTime.UtcNow.AddDays(-3).Date.AddHours(10);
        await app.QueryAsync(db => db.FundApplications.Where(a => a.Id == others[0]).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedAt, oldest)));
        await app.QueryAsync(db => db.FundApplications.Where(a => a.Id == others[1]).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedAt, oldest.AddDays(1))));

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Please")));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("FundId", error.Field);
        Assert.Contains(Dates.Date(oldest.AddDays(7)), error.Message);

        // The page offers no form for it; a post made anyway is refused with the same words.
        var token = Infrastructure.WebClient.TokenOf(await f.Founder.Client.GetAsync($"/projects/{f.ProjectId}"));
        var page = await f.Founder.Client.PostAsync($"/funds/{f.FundId}/apply",
            [new("ProjectId", f.ProjectId.ToString()), new("Message", "Please"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        // Day, month name, year (not the US month/day/year); the founder registered without a zone and reads UTC.
        Assert.Contains(oldest.AddDays(7).ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en")), page.FieldError("FundId"));
        Assert.False(await app.QueryAsync(db => db.FundApplications.AnyAsync(a => a.ProjectId == f.ProjectId)));

        // A week after the oldest, there is room again.
        await app.QueryAsync(db => db.FundApplications.Where(a => a.Id == others[0]).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedAt, DateTime.UtcNow.AddDays(-8))));
        await As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Please"));
    }

    [Fact]
    public async Task A_project_outside_the_mandate_is_refused_naming_each_failed_rule()
    {
        var f = await FixtureAsync(fund => fund.DefineMandate(TestFunds.Mandate(sectors: ["robotics"], stages: ["seed"])));
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Please")));
        Assert.All(refused.Errors, e => Assert.Equal("ProjectId", e.Field));
        Assert.Equal(2, refused.Errors.Count);

        // The page offers no form for it; a post made anyway is refused with the same words.
        var token = Infrastructure.WebClient.TokenOf(await f.Founder.Client.GetAsync($"/projects/{f.ProjectId}"));
        var page = await f.Founder.Client.PostAsync($"/funds/{f.FundId}/apply",
            [new("ProjectId", f.ProjectId.ToString()), new("Message", "Please"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        var errors = page.FieldError("ProjectId")!;
        Assert.Contains("is not in the mandate", errors);
        Assert.Contains("No sector of the startup", errors);
        Assert.False(await app.QueryAsync(db => db.FundApplications.AnyAsync(a => a.ProjectId == f.ProjectId)));
    }

    [Fact]
    public async Task A_second_application_of_the_same_project_is_refused_until_the_first_is_withdrawn()
    {
        var f = await FixtureAsync();
        var first = await As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "First"));
        var duplicate = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Again")));
        Assert.Equal(("ProjectId", "This project already has a pending or accepted application to this fund."),
            (duplicate.Errors.Single().Field, duplicate.Errors.Single().Message));

        await As(f.Founder, new WithdrawApplication.Command(first, (await SavedApplicationAsync(first)).Version));
        Assert.Equal(ConsentStatus.Withdrawn, (await SavedApplicationAsync(first)).Status);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == f.Manager.Id && n.Kind == "fund-application-withdrawn")));
        await Assert.ThrowsAsync<DomainException>(() => As(f.Manager, new AcceptApplication.Command(f.FundId, first, 1)));
        var second = await As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Again"));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Bad_input_and_wrong_people_are_refused()
    {
        var f = await FixtureAsync();
        var missing = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Founder, new ApplyToFund.Command(f.FundId, null, " ")));
        Assert.Equal(["Message", "ProjectId"], missing.Errors.Select(e => e.Field).Order());
        var tooLong = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, new string('a', 4001))));
        Assert.Equal("Message", tooLong.Errors.Single().Field);

        var draft = (await ProjectAsync(f.Founder.Id, Unique("Draft"), ModerationState.Draft)).ProjectId;
        var notPublished = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Founder, new ApplyToFund.Command(f.FundId, draft, "Please")));
        Assert.Equal("ProjectId", notPublished.Errors.Single().Field);

        var stranger = await Users.RegisterAsync(app);
        await Assert.ThrowsAsync<ForbiddenException>(() => As(stranger, new ApplyToFund.Command(f.FundId, f.ProjectId, "Not mine")));

        var closed = await FundAsync([f.Manager.Id], fund => fund.DefineMandate(TestFunds.Mandate(openToNewDeals: false)));
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Founder, new ApplyToFund.Command(closed, f.ProjectId, "Please")));
        Assert.Equal(("FundId", "This fund is not open to new deals at the moment."), (refused.Errors.Single().Field, refused.Errors.Single().Message));

        var applicationId = await As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Please"));
        await Assert.ThrowsAsync<ForbiddenException>(() => As(stranger, new ListFundApplications.Query(f.FundId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => As(f.Founder, new AcceptApplication.Command(f.FundId, applicationId, 1)));
        var longNote = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Manager, new DeclineApplication.Command(f.FundId, applicationId, new string('n', 2001), 1)));
        Assert.Equal("DeclineNote", longNote.Errors.Single().Field);
        await Assert.ThrowsAsync<NotFoundException>(() => As(stranger, new WithdrawApplication.Command(applicationId, 1)));
        var noMessage = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Manager, new SendMessage.Command(Guid.NewGuid(), new string('x', 8001))));
        Assert.Equal("Body", noMessage.Errors.Single().Field);
    }

    [Fact]
    public async Task A_declined_application_brings_the_note_to_the_founder()
    {
        var f = await FixtureAsync();
        var applicationId = await As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Please"));
        await As(f.Manager, new DeclineApplication.Command(f.FundId, applicationId, "  Too early for us; come back after your pilot.  ", (await SavedApplicationAsync(applicationId)).Version));

        var saved = await SavedApplicationAsync(applicationId);
        Assert.Equal((ConsentStatus.Declined, "Too early for us; come back after your pilot.", (Guid?)null), (saved.Status, saved.DeclineNote, saved.ConversationId));
        var mine = Assert.Single((await As(f.Founder, new ListMyApplications.Query())).Applications.Items);
        Assert.Equal((ConsentStatus.Declined, "Too early for us; come back after your pilot."), (mine.Status, mine.DeclineNote));
        var notification = await app.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == f.Founder.Id && n.Kind == "fund-application-declined"));
        Assert.Contains("Too early for us", notification.Arguments);
        Assert.False(await app.QueryAsync(db => db.Deals.AnyAsync(d => d.ProjectId == f.ProjectId)));

        var page = await f.Founder.Client.GetAsync("/applications");
        Assert.Contains("Too early for us; come back after your pilot.", page.Text("[data-testid=application]"));
    }

    [Fact]
    public async Task The_founder_sees_the_pass_reason_once_the_fund_passes_the_accepted_deal()
    {
        var f = await FixtureAsync();
        var applicationId = await As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Please"));
        await As(f.Manager, new AcceptApplication.Command(f.FundId, applicationId, (await SavedApplicationAsync(applicationId)).Version));
        var deal = await app.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.FundId == f.FundId && d.ProjectId == f.ProjectId));
        Assert.Null(Assert.Single((await As(f.Founder, new ListMyApplications.Query())).Applications.Items).PassReason);

        await As(f.Manager, new MoveDeal.Command(f.FundId, deal.Id, "Passed", "traction", "We need paying clinics first.", null, null, deal.Version));

        var mine = Assert.Single((await As(f.Founder, new ListMyApplications.Query())).Applications.Items);
        Assert.Equal((DealStage.Passed, "traction", "We need paying clinics first."), (mine.DealStage, mine.PassReason, mine.PassNote));
        var page = await f.Founder.Client.GetAsync("/applications");
        var row = page.Text("[data-testid=application]")!;
        Assert.Contains("Traction", row);
        Assert.Contains("We need paying clinics first.", row);
        var zh = await f.Founder.Client.GetAsync("/applications?culture=zh-Hans");
        Assert.Contains("We need paying clinics first.", zh.Text("[data-testid=application]"));
    }

    [Fact]
    public async Task Founders_accept_or_decline_intro_requests_and_accepting_opens_the_conversation()
    {
        var f = await FixtureAsync();
        var introId = await As(f.Manager, new RequestIntro.Command(f.ProjectId, f.FundId, "We would like to meet."));
        Assert.Contains("intro-requested", await NotificationKindsAsync(f.Founder.Id));
        var duplicate = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Manager, new RequestIntro.Command(f.ProjectId, f.FundId, "Again")));
        Assert.Equal("FundId", duplicate.Errors.Single().Field);
        var notMine = await FundAsync([]);
        var notMember = await Assert.ThrowsAsync<InputValidationException>(() => As(f.Manager, new RequestIntro.Command(f.ProjectId, notMine, "Hello")));
        Assert.Equal("FundId", notMember.Errors.Single().Field);

        var incoming = Assert.Single((await As(f.Founder, new ListMyApplications.Query())).Intros.Items);
        Assert.Equal((introId, "Mia Manager", ConsentStatus.Pending), (incoming.Id, incoming.RequestedBy, incoming.Status));
        await Assert.ThrowsAsync<NotFoundException>(() => As(f.Manager, new DecideIntro.Command(introId, true, incoming.Version)));

        var conversationId = await As(f.Founder, new DecideIntro.Command(introId, true, incoming.Version));
        Assert.NotNull(conversationId);
        var intro = await app.QueryAsync(db => db.IntroRequests.AsNoTracking().SingleAsync(r => r.Id == introId));
        Assert.Equal((ConsentStatus.Accepted, conversationId), (intro.Status, intro.ConversationId));
        var deal = await app.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.FundId == f.FundId && d.ProjectId == f.ProjectId));
        Assert.Equal(DealSources.Intro, deal.Source);
        Assert.Contains("intro-accepted", await NotificationKindsAsync(f.Manager.Id));
        Assert.Equal(ConsentStatus.Accepted, Assert.Single((await As(f.Manager, new ListFundApplications.Query(f.FundId))).Intros.Items).Status);
        await As(f.Manager, new SendMessage.Command(conversationId!.Value, "Thanks for accepting."));
        Assert.Equal(["We would like to meet.", "Thanks for accepting."], (await As(f.Founder, new GetConversation.Query(conversationId.Value))).Messages.Select(m => m.Body));

        var (_, otherProject) = await ProjectAsync(f.Founder.Id, Unique("Second"));
        var second = await As(f.Manager, new RequestIntro.Command(otherProject, f.FundId, "And this one?"));
        var page = await f.Founder.Client.GetAsync("/applications");
        Assert.Contains("And this one?", page.Text($"[data-testid=intro-{second}]"));
        var declined = await f.Founder.Client.SubmitAsync(page, new Dictionary<string, string>(), $"form[data-testid=decline-intro-{second}]");
        Assert.Equal(HttpStatusCode.Redirect, declined.Status);
        Assert.Equal(ConsentStatus.Declined, (await app.QueryAsync(db => db.IntroRequests.AsNoTracking().SingleAsync(r => r.Id == second))).Status);
        Assert.Contains("intro-declined", await NotificationKindsAsync(f.Manager.Id));
        Assert.False(await app.QueryAsync(db => db.Deals.AnyAsync(d => d.ProjectId == otherProject)));
        Assert.False(await app.QueryAsync(db => db.Conversations.AnyAsync(c => c.OriginId == second)));
    }

    [Fact]
    public async Task A_fund_withdraws_its_pending_intro_request_the_founders_are_told_and_it_may_ask_again()
    {
        var f = await FixtureAsync();
        var introId = await As(f.Manager, new RequestIntro.Command(f.ProjectId, f.FundId, "Could we meet?"));
        var version = (await app.QueryAsync(db => db.IntroRequests.AsNoTracking().SingleAsync(r => r.Id == introId))).Version;
        // Nobody outside the fund's team may withdraw it, nor learn that it exists.
        var stranger = await Users.RegisterAsync(app, RoleNames.FundManager, "Sam Stranger");
        await Assert.ThrowsAsync<NotFoundException>(() => As(stranger, new WithdrawIntro.Command(introId, version)));
        await Assert.ThrowsAsync<NotFoundException>(() => As(f.Founder, new WithdrawIntro.Command(introId, version)));
        var token = Infrastructure.WebClient.TokenOf(await stranger.Client.GetAsync("/account/profile"));
        var strangerPost = await stranger.Client.PostAsync($"/funds/{f.FundId}/inbox/intros/{introId}/withdraw",
            [new("version", version.ToString(CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, strangerPost.Status);
        Assert.Equal(ConsentStatus.Pending, (await app.QueryAsync(db => db.IntroRequests.AsNoTracking().SingleAsync(r => r.Id == introId))).Status);

        var inbox = await f.Manager.Client.GetAsync($"/funds/{f.FundId}/inbox");
        var withdrawn = await f.Manager.Client.SubmitAsync(inbox, new Dictionary<string, string>(), $"form[data-testid=withdraw-intro-{introId}]");
        Assert.Equal($"/funds/{f.FundId}/inbox", withdrawn.Location!.OriginalString);
        var after = await f.Manager.Client.GetAsync($"/funds/{f.FundId}/inbox");
        Assert.Equal("The intro request was withdrawn; the founders were told.", after.Text("[data-testid=flash]"));
        Assert.Equal("Withdrawn", after.Text($"[data-testid=intro-{introId}] [data-testid=status]"));
        Assert.Null(after.Document.QuerySelector($"form[data-testid=withdraw-intro-{introId}]"));
        var saved = await app.QueryAsync(db => db.IntroRequests.AsNoTracking().SingleAsync(r => r.Id == introId));
        Assert.Equal((ConsentStatus.Withdrawn, f.Manager.Id), (saved.Status, saved.DecidedById));
        Assert.NotNull(saved.DecidedAt);
        Assert.Contains("intro-withdrawn", await NotificationKindsAsync(f.Founder.Id));

        // The founders see it withdrawn with nothing to answer; answering it anyway, or withdrawing it twice, is refused.
        var mine = await f.Founder.Client.GetAsync("/applications?culture=zh-Hans");
        Assert.Equal("已撤回", mine.Text($"[data-testid=intro-{introId}] [data-testid=status]"));
        Assert.Null(mine.Document.QuerySelector($"form[data-testid=accept-intro-{introId}]"));
        Assert.Equal("Consent.AlreadyDecided", (await Assert.ThrowsAsync<DomainException>(() => As(f.Founder, new DecideIntro.Command(introId, true, saved.Version)))).Message);
        await Assert.ThrowsAsync<DomainException>(() => As(f.Manager, new WithdrawIntro.Command(introId, saved.Version)));
        Assert.False(await app.QueryAsync(db => db.Conversations.AnyAsync(c => c.OriginId == introId)));

        // A withdrawn request is no longer in the way of a new one.
        var again = await As(f.Manager, new RequestIntro.Command(f.ProjectId, f.FundId, "Now the timing is right."));
        Assert.NotEqual(introId, again);
        Assert.Equal(ConsentStatus.Pending, (await app.QueryAsync(db => db.IntroRequests.AsNoTracking().SingleAsync(r => r.Id == again))).Status);
    }

    [Fact]
    public async Task The_pages_carry_an_application_from_the_founder_to_the_fund_and_a_conversation_back()
    {
        var f = await FixtureAsync();
        var applyPage = await f.Founder.Client.GetAsync($"/funds/{f.FundId}/apply?projectId={f.ProjectId}");
        Assert.Equal("true", applyPage.Document.QuerySelector("[data-testid=fit-verdict]")!.GetAttribute("data-fits"));
        var empty = await f.Founder.Client.SubmitAsync(applyPage, new Dictionary<string, string> { ["Message"] = "" }, "form[data-testid=apply-form]");
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("Write a message.", empty.FieldError("Message"));

        var sent = await f.Founder.Client.SubmitAsync(applyPage, new Dictionary<string, string> { ["Message"] = "We build models for clinics." }, "form[data-testid=apply-form]");
        Assert.Equal("/applications", sent.Location!.OriginalString);
        var mine = await f.Founder.Client.GetAsync("/applications");
        Assert.Equal("Your application was sent to the fund.", mine.Text("[data-testid=flash]"));
        Assert.Equal("Pending", mine.Text("[data-testid=application] [data-testid=status]"));
        Assert.Equal("待处理", (await f.Founder.Client.GetAsync("/applications?culture=zh-Hans")).Text("[data-testid=application] [data-testid=status]"));

        var inbox = await f.Manager.Client.GetAsync($"/funds/{f.FundId}/inbox");
        Assert.Equal("We build models for clinics.", inbox.Text("[data-testid=application] [data-testid=message]"));
        var applicationId = await app.QueryAsync(db => db.FundApplications.Where(a => a.ProjectId == f.ProjectId).Select(a => a.Id).SingleAsync());
        var tooLong = await f.Manager.Client.SubmitAsync(inbox, new Dictionary<string, string> { ["DeclineNote"] = new string('n', 2001) }, $"form[data-testid=decline-{applicationId}]");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.NotNull(tooLong.FieldError("DeclineNote"));
        Assert.Equal(ConsentStatus.Pending, (await SavedApplicationAsync(applicationId)).Status);

        var accepted = await f.Manager.Client.SubmitAsync(inbox, new Dictionary<string, string>(), $"form[data-testid=accept-{applicationId}]");
        var conversationId = (await SavedApplicationAsync(applicationId)).ConversationId!.Value;
        Assert.Equal($"/conversations/{conversationId}", accepted.Location!.OriginalString);
        Assert.Null((await f.Founder.Client.GetAsync("/applications")).Document.QuerySelector("[data-testid=unread-messages]"));
        await f.Manager.Client.SubmitAsync(accepted.Location.OriginalString, new Dictionary<string, string> { ["Body"] = "Welcome aboard." }, "form[data-testid=message-form]");
        var list = await f.Founder.Client.GetAsync("/conversations");
        Assert.Equal("1", list.Text("[data-testid=unread-messages]")?[..1]);
        Assert.Equal(f.Title + " · 测试项目", list.Text("[data-testid=conversation-subject]"));
        var read = await f.Founder.Client.GetAsync($"/conversations/{conversationId}");
        Assert.Equal(["We build models for clinics.", "Welcome aboard."], read.Texts("[data-testid=message-body]"));
        Assert.Null((await f.Founder.Client.GetAsync("/conversations")).Document.QuerySelector("[data-testid=unread-messages]"));
    }

    [Fact]
    public async Task A_fund_manager_requests_an_intro_from_the_project_page()
    {
        var f = await FixtureAsync();
        var page = await f.Manager.Client.GetAsync($"/projects/{f.ProjectId}");
        Assert.NotNull(page.Document.QuerySelector("[data-testid=request-intro] form[data-testid=intro-form]"));
        var empty = await f.Manager.Client.SubmitAsync(page, new Dictionary<string, string> { ["Message"] = " " }, "form[data-testid=intro-form]");
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("Write a message.", empty.FieldError("Message"));

        var sent = await f.Manager.Client.SubmitAsync(page, new Dictionary<string, string> { ["Message"] = "Could we talk?" }, "form[data-testid=intro-form]");
        Assert.Equal($"/projects/{f.ProjectId}", sent.Location!.OriginalString);
        var intro = await app.QueryAsync(db => db.IntroRequests.AsNoTracking().SingleAsync(r => r.ProjectId == f.ProjectId));
        Assert.Equal((f.FundId, f.Manager.Id, "Could we talk?", ConsentStatus.Pending), (intro.FundId, intro.RequestedById, intro.Message, intro.Status));
        Assert.Equal("Pending", (await f.Manager.Client.GetAsync($"/funds/{f.FundId}/inbox")).Text($"[data-testid=intro-{intro.Id}] [data-testid=status]"));

        var again = await f.Manager.Client.SubmitAsync(page, new Dictionary<string, string> { ["Message"] = "Again?" }, "form[data-testid=intro-form]");
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("This fund already has a pending or accepted intro request for this project.", again.FieldError("FundId"));

        var founderPage = await f.Founder.Client.GetAsync($"/projects/{f.ProjectId}");
        Assert.Null(founderPage.Document.QuerySelector("[data-testid=request-intro]"));
        Assert.NotNull(founderPage.Document.QuerySelector("[data-testid=apply-to-fund]"));
        var accepted = await f.Founder.Client.SubmitAsync("/applications", new Dictionary<string, string>(), $"form[data-testid=accept-intro-{intro.Id}]");
        var conversationId = (await app.QueryAsync(db => db.IntroRequests.AsNoTracking().SingleAsync(r => r.Id == intro.Id))).ConversationId;
        Assert.Equal($"/conversations/{conversationId}", accepted.Location!.OriginalString);
        Assert.Equal("Accepted", (await f.Manager.Client.GetAsync($"/funds/{f.FundId}/inbox")).Text($"[data-testid=intro-{intro.Id}] [data-testid=status]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await f.Founder.Client.GetAsync($"/funds/{f.FundId}/inbox")).Status);
    }

    [Fact]
    public async Task An_application_accepted_after_an_accepted_intro_goes_on_in_the_one_conversation_with_both_messages()
    {
        var f = await FixtureAsync();
        var introId = await As(f.Manager, new RequestIntro.Command(f.ProjectId, f.FundId, "  We would like to meet.  "));
        var intro = Assert.Single((await As(f.Founder, new ListMyApplications.Query())).Intros.Items);
        var first = await As(f.Founder, new DecideIntro.Command(introId, true, intro.Version));
        Assert.NotNull(first);

        // The intro's message is the conversation's first, written by the fund manager who asked; the founder who accepted has read it.
        var opened = await As(f.Founder, new GetConversation.Query(first!.Value));
        var carried = Assert.Single(opened.Messages);
        Assert.Equal(("We would like to meet.", f.Manager.Id, "Mia Manager", false), (carried.Body, carried.SenderId, carried.SenderName, carried.Mine));
        Assert.Equal(0, await As(f.Founder, new CountMyUnreadMessages.Query()));

        // The same startup then applies to the same fund with another project: accepting it reuses the conversation.
        var (_, second) = await app.QueryAsync(async db =>
        {
            var project = new Project(f.StartupId, new LocalizedText(Unique("Clinic AI two"), "第二个项目"), 5_000_000, "CNY", "equity", "series-a")
            {
                Summary = new LocalizedText("More models for clinics.", null),
                State = ModerationState.Published,
                PublishedAt = DateTime.UtcNow,
            };
            db.Projects.Add(project);
            db.ProjectConfidentials.Add(new ProjectConfidential(project.Id));
            await db.SaveChangesAsync();
            return (f.StartupId, project.Id);
        });
        var applicationId = await As(f.Founder, new ApplyToFund.Command(f.FundId, second, "Our second round, for the same clinics."));
        var row = Assert.Single((await As(f.Manager, new ListFundApplications.Query(f.FundId))).Applications.Items);
        var again = await As(f.Manager, new AcceptApplication.Command(f.FundId, applicationId, row.Version));

        Assert.Equal(first.Value, again);
        Assert.Equal(first.Value, (await SavedApplicationAsync(applicationId)).ConversationId);
        var between = await app.QueryAsync(db => db.Conversations.AsNoTracking()
            .Where(c => c.FirstPartyId == f.StartupId && c.SecondPartyId == f.FundId).Select(c => c.Id).ToListAsync());
        Assert.Equal([first.Value], between);
        var thread = await As(f.Founder, new GetConversation.Query(first.Value));
        Assert.Equal([("We would like to meet.", f.Manager.Id), ("Our second round, for the same clinics.", f.Founder.Id)],
            thread.Messages.Select(m => (m.Body, m.SenderId)));
        Assert.Single((await As(f.Founder, new ListMyConversations.Query())).Items);
        Assert.Single((await As(f.Manager, new ListMyConversations.Query())).Items);

        // Both messages are on the page, each under its writer's name.
        var page = await f.Founder.Client.GetAsync($"/conversations/{first.Value}");
        Assert.Equal(["We would like to meet.", "Our second round, for the same clinics."], page.Texts("[data-testid=message-body]"));
        Assert.Equal(["Mia Manager", "Fei Founder"], page.Texts("[data-testid=message-sender]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=no-messages]"));
    }

    [Fact]
    public async Task A_duplicate_conversation_from_before_is_kept_and_new_acceptances_go_on_in_the_oldest()
    {
        var f = await FixtureAsync();
        // Two conversations for one relationship, as acceptances made them before: both stay.
        var (older, newer) = await app.QueryAsync(async db =>
        {
            var a = new Conversation { Origin = "intro", OriginId = Guid.NewGuid(), FirstPartyKind = PartyKind.Startup, FirstPartyId = f.StartupId,
                SecondPartyKind = PartyKind.Fund, SecondPartyId = f.FundId, Subject = "Old", CreatedAt = DateTime.UtcNow.AddDays(-2), LastMessageAt = DateTime.UtcNow.AddDays(-2) };
            var b = new Conversation { Origin = "application", OriginId = Guid.NewGuid(), FirstPartyKind = PartyKind.Startup, FirstPartyId = f.StartupId,
                SecondPartyKind = PartyKind.Fund, SecondPartyId = f.FundId, Subject = "Old", CreatedAt = DateTime.UtcNow.AddDays(-1), LastMessageAt = DateTime.UtcNow.AddDays(-1) };
            db.Conversations.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        var applicationId = await As(f.Founder, new ApplyToFund.Command(f.FundId, f.ProjectId, "Hello again."));
        var row = Assert.Single((await As(f.Manager, new ListFundApplications.Query(f.FundId))).Applications.Items);
        Assert.Equal(older, await As(f.Manager, new AcceptApplication.Command(f.FundId, applicationId, row.Version)));
        Assert.Equal(2, await app.QueryAsync(db => db.Conversations.CountAsync(c => c.FirstPartyId == f.StartupId && c.SecondPartyId == f.FundId)));
        Assert.Equal(["Hello again."], await app.QueryAsync(db => db.ConversationMessages.Where(m => m.ConversationId == older).Select(m => m.Body).ToListAsync()));
        Assert.False(await app.QueryAsync(db => db.ConversationMessages.AnyAsync(m => m.ConversationId == newer)));
    }

    [Fact]
    public async Task A_fund_managers_project_page_shows_each_funds_deal_and_intro_instead_of_offering_them_again()
    {
        var f = await FixtureAsync();
        var second = await FundAsync([f.Manager.Id]);
        var firstName = await app.QueryAsync(db => db.Funds.Where(x => x.Id == f.FundId).Select(x => x.Name.En).SingleAsync());
        string[] Options(Page page, string select) =>
            page.Document.QuerySelectorAll($"{select} option").Select(o => o.GetAttribute("value")!).ToArray();

        var before = await f.Manager.Client.GetAsync($"/projects/{f.ProjectId}");
        Assert.Equal(new[] { f.FundId.ToString(), second.ToString() }.Order(), Options(before, "#pipeline-fund").Order());
        Assert.Null(before.Document.QuerySelector("[data-testid=pipeline-status]"));
        Assert.Null(before.Document.QuerySelector("[data-testid=intro-status]"));

        // The first fund adds the deal and asks for an intro: for it, the page now says where things stand.
        var added = await f.Manager.Client.SubmitAsync(before, new Dictionary<string, string> { ["FundId"] = f.FundId.ToString() }, "form[data-testid=add-to-pipeline-form]");
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        await f.Manager.Client.SubmitAsync(before, new Dictionary<string, string> { ["FundId"] = f.FundId.ToString(), ["Message"] = "Could we talk?" }, "form[data-testid=intro-form]");
        var dealId = await app.QueryAsync(db => db.Deals.Where(d => d.FundId == f.FundId && d.ProjectId == f.ProjectId).Select(d => d.Id).SingleAsync());

        var after = await f.Manager.Client.GetAsync($"/projects/{f.ProjectId}");
        var status = after.Document.QuerySelector($"[data-testid=pipeline-status] [data-fund='{f.FundId}']")!;
        Assert.Equal($"{firstName}: in the pipeline at Sourced. Open the deal", System.Text.RegularExpressions.Regex.Replace(status.TextContent, @"\s+", " ").Trim());
        Assert.Equal($"/funds/{f.FundId}/deals/{dealId}", status.QuerySelector("[data-testid=deal-link]")!.GetAttribute("href"));
        Assert.Equal([second.ToString()], Options(after, "#pipeline-fund"));
        Assert.Equal($"{firstName}: intro requested, waiting for the founders", after.Text($"[data-testid=intro-status] [data-fund='{f.FundId}']"));
        Assert.Equal([second.ToString()], Options(after, "#intro-fund"));
        Assert.Equal("Request it on behalf of", after.Text("label[for=intro-fund]"));
        Assert.Equal("Add to the pipeline of", after.Text("label[for=pipeline-fund]"));

        // The second fund too: nothing left to offer, only the status of each.
        await f.Manager.Client.SubmitAsync(after, new Dictionary<string, string> { ["FundId"] = second.ToString() }, "form[data-testid=add-to-pipeline-form]");
        var introId = await As(f.Manager, new RequestIntro.Command(f.ProjectId, second, "Us too."));
        var intro = (await As(f.Founder, new ListMyApplications.Query())).Intros.Items.Single(i => i.Id == introId);
        await As(f.Founder, new DecideIntro.Command(introId, false, intro.Version));
        var done = await f.Manager.Client.GetAsync($"/projects/{f.ProjectId}?culture=zh-Hans");
        Assert.Null(done.Document.QuerySelector("form[data-testid=add-to-pipeline-form]"));
        Assert.Equal(2, done.Document.QuerySelectorAll("[data-testid=pipeline-status] li").Length);
        Assert.Equal("测试基金：引荐被拒绝，可再次请求", done.Text($"[data-testid=intro-status] [data-fund='{second}']"));
        // A declined request may be made again (the domain allows it), a pending one may not.
        Assert.Equal([second.ToString()], Options(done, "#intro-fund"));
        Assert.Equal("Declined", (await f.Manager.Client.GetAsync($"/projects/{f.ProjectId}")).Document
            .QuerySelector($"[data-testid=intro-status] [data-fund='{second}']")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task The_apply_form_offers_no_send_button_when_the_fit_check_finds_a_broken_rule_and_the_server_still_refuses()
    {
        var f = await FixtureAsync(fund => fund.DefineMandate(TestFunds.Mandate(stages: ["seed"])));
        var page = await f.Founder.Client.GetAsync($"/funds/{f.FundId}/apply?projectId={f.ProjectId}");
        Assert.Equal("false", page.Document.QuerySelector("[data-testid=fit-verdict]")!.GetAttribute("data-fits"));
        Assert.Equal("false", page.Document.QuerySelector("[data-testid=fit-rules] [data-rule=stage]")!.GetAttribute("data-passed"));
        Assert.Null(page.Document.QuerySelector("form[data-testid=apply-form]"));
        Assert.DoesNotContain("Send the application", page.Text("main"));
        Assert.StartsWith("The fund would refuse this application", page.Text("[data-testid=fix-first]"));
        Assert.Equal($"/projects/{f.ProjectId}/edit", page.Document.QuerySelector("[data-testid=edit-project]")!.GetAttribute("href"));
        Assert.StartsWith("该基金会拒绝此申请", (await f.Founder.Client.GetAsync($"/funds/{f.FundId}/apply?projectId={f.ProjectId}&culture=zh-Hans")).Text("[data-testid=fix-first]"));

        var token = Infrastructure.WebClient.TokenOf(await f.Founder.Client.GetAsync($"/projects/{f.ProjectId}"));
        var posted = await f.Founder.Client.PostAsync($"/funds/{f.FundId}/apply",
            [new("ProjectId", f.ProjectId.ToString()), new("Message", "Please look anyway."), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.False(await app.QueryAsync(db => db.FundApplications.AnyAsync(a => a.ProjectId == f.ProjectId)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ApplicationTestsOnSqlite(SqliteApp app) : ApplicationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ApplicationTestsOnPostgreSql(PostgresApp app) : ApplicationTests(app);
