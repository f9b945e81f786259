using System.Net;
using Marketplace.Application.Common;
using Marketplace.Application.Conversations;
using Marketplace.Application.Positions.Applications;
using Marketplace.Domain.Common;
using Marketplace.Domain.Conversations;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>
/// Researchers' applications to positions (issue 5 item 3): the pipeline and its conversation, rejection
/// reasons in both languages, withdrawal and applying again, the one-application rule (in the handler and
/// in the database), closed positions, and every application URL refused to everyone but its two sides.
/// Positions are written straight to the database: their own pages are built and tested elsewhere.
/// </summary>
public abstract class PositionApplicationTests(MarketplaceApp app)
{
    private const string Note = "  I have five years of robot learning at Mila and would love to build your manipulation stack.  ";

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private sealed record Fixture(TestUser Founder, Guid StartupId, TestUser Researcher, Guid PositionId, string Title, string Headline);

    private async Task<Fixture> FixtureAsync(Action<Position>? configure = null, bool withProfile = true)
    {
        var founder = await Users.RegisterAsync(app, RoleNames.Founder, "Fang Founder");
        var startup = await TestStartups.CreateAsync(app, founder);
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher, "Rita Researcher");
        var headline = Unique("Robot learning researcher");
        if (withProfile)
            await PublishedPositions.ProfileAsync(app, researcher.Id, headline);
        var title = PublishedPositions.UniqueTitle("Robotics engineer");
        var position = await PublishedPositions.CreateAsync(app, founder.Id, startupId: startup, title: title, configure: configure);
        return new Fixture(founder, startup, researcher, position, title, headline);
    }

    private Task<T> As<T>(TestUser user, Mediator.ICommand<T> command) => app.SendAsync(command, MarketplaceApp.Principal(user.Id, user.Role));

    private Task As(TestUser user, Mediator.ICommand command) => app.SendAsync(command, MarketplaceApp.Principal(user.Id, user.Role));

    private Task<T> As<T>(TestUser user, Mediator.IQuery<T> query) => app.SendAsync(query, MarketplaceApp.Principal(user.Id, user.Role));

    private Task<PositionApplication> SavedAsync(Guid id) => app.QueryAsync(db => db.PositionApplications.AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<List<PositionApplication>> ApplicationsOfAsync(Guid researcherId, Guid positionId) =>
        app.QueryAsync(db => db.PositionApplications.AsNoTracking().Where(a => a.ResearcherId == researcherId && a.PositionId == positionId).ToListAsync());

    private Task<List<PositionApplicationEvent>> EventsAsync(Guid applicationId) =>
        app.QueryAsync(db => db.PositionApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == applicationId).OrderBy(e => e.Id).ToListAsync());

    private Task<List<string>> NotificationKindsAsync(Guid userId) =>
        app.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt).Select(n => n.Kind).ToListAsync());

    private static Task<Page> ApplyAsync(TestUser researcher, Guid positionId, string note = Note) =>
        researcher.Client.SubmitAsync($"/positions/{positionId}/apply", new Dictionary<string, string> { ["Note"] = note }, "form[data-testid=apply-form]");

    private static Task<Page> MoveAsync(TestUser poster, Guid positionId, Guid applicationId, ApplicationStage stage) =>
        poster.Client.SubmitAsync($"/positions/{positionId}/applicants/{applicationId}",
            new Dictionary<string, string> { ["Stage"] = stage.ToString() }, "form[data-testid=move-form]");

    private static Guid IdFrom(Page redirect) => Guid.Parse(redirect.Location!.OriginalString.Split('/').Last());

    /// <summary>A raw POST with the user's own anti-forgery token (from any page of theirs), for forms the page does not offer.</summary>
    private static async Task<Page> PostAsync(Infrastructure.WebClient client, string url, Dictionary<string, string> fields, string tokenPage = "/account/login")
    {
        var values = fields.ToList();
        values.Add(new("__RequestVerificationToken", Infrastructure.WebClient.TokenOf(await client.GetAsync(tokenPage))));
        return await client.PostAsync(url, values);
    }

    [Fact]
    public async Task The_whole_pipeline_runs_from_Applied_to_Hired_and_Interview_opens_a_conversation_only_its_two_sides_use()
    {
        var f = await FixtureAsync();
        var cofounder = await Users.RegisterAsync(app, RoleNames.Founder, "Cora Cofounder");
        await app.QueryAsync(async db =>
        {
            db.Add(new Marketplace.Domain.Startups.StartupMember { StartupId = f.StartupId, UserId = cofounder.Id, JoinedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var form = await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("even if your profile is hidden", form.Text("[data-testid=consent]"));
        var sent = await ApplyAsync(f.Researcher, f.PositionId);
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var id = IdFrom(sent);
        Assert.Equal($"/researcher/applications/{id}", sent.Location!.OriginalString);
        var saved = await SavedAsync(id);
        Assert.Equal((f.PositionId, f.Researcher.Id, ApplicationStage.Applied, Note.Trim()), (saved.PositionId, saved.ResearcherId, saved.Stage, saved.Note));
        Assert.Contains("position-application-received", await NotificationKindsAsync(f.Founder.Id));
        Assert.Contains("position-application-received", await NotificationKindsAsync(cofounder.Id));

        // The poster sees the applicant, the note and the (hidden) profile, never the salary expectation.
        var list = await f.Founder.Client.GetAsync($"/positions/{f.PositionId}/applicants");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(["Rita Researcher"], list.Texts($"[data-testid=applicant][data-application='{id}'] [data-testid=name]"));
        var detail = await f.Founder.Client.GetAsync($"/positions/{f.PositionId}/applicants/{id}");
        Assert.Equal((Note.Trim(), f.Headline), (detail.Text("[data-testid=note]"), detail.Text("[data-testid=headline]")));
        Assert.Equal("0000-0002-1825-0097", detail.Text("[data-testid=orcid]"));
        Assert.DoesNotContain("987", detail.Html);
        Assert.DoesNotContain("CAD", detail.Html);

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(f.Founder, f.PositionId, id, ApplicationStage.Reviewing)).Status);
        saved = await SavedAsync(id);
        Assert.Equal((ApplicationStage.Reviewing, (Guid?)null), (saved.Stage, saved.ConversationId));
        Assert.Contains("position-application-moved", await NotificationKindsAsync(f.Researcher.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(f.Founder, f.PositionId, id, ApplicationStage.Interview)).Status);
        saved = await SavedAsync(id);
        var conversationId = Assert.IsType<Guid>(saved.ConversationId);
        var conversation = await app.QueryAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId));
        Assert.Equal((PartyKind.User, f.Researcher.Id, PartyKind.Startup, f.StartupId, "position-application", id),
            (conversation.FirstPartyKind, conversation.FirstPartyId, conversation.SecondPartyKind, conversation.SecondPartyId, conversation.Origin, conversation.OriginId));
        Assert.Contains("position-application-conversation", await NotificationKindsAsync(f.Researcher.Id));
        var mine = await f.Researcher.Client.GetAsync($"/researcher/applications/{id}");
        Assert.Equal(("Interview", $"/conversations/{conversationId}"),
            (mine.Text("[data-testid=stage]"), mine.Document.QuerySelector("[data-testid=conversation-link]")?.GetAttribute("href")));

        // Both sides write; a stranger neither reads nor writes.
        var hello = await f.Researcher.Client.SubmitAsync($"/conversations/{conversationId}", new Dictionary<string, string> { ["Body"] = "When shall we meet?" },
            "form[data-testid=message-form]");
        Assert.Equal(HttpStatusCode.Redirect, hello.Status);
        var reply = await cofounder.Client.SubmitAsync($"/conversations/{conversationId}", new Dictionary<string, string> { ["Body"] = "Thursday at ten." },
            "form[data-testid=message-form]");
        Assert.Equal(HttpStatusCode.Redirect, reply.Status);
        Assert.Equal(["When shall we meet?", "Thursday at ten."],
            (await f.Founder.Client.GetAsync($"/conversations/{conversationId}")).Texts("[data-testid=message-body]"));
        Assert.Contains("conversation-message", await NotificationKindsAsync(f.Researcher.Id));
        var stranger = await Users.RegisterAsync(app, RoleNames.Founder);
        var peek = await stranger.Client.GetAsync($"/conversations/{conversationId}");
        Assert.Equal(HttpStatusCode.NotFound, peek.Status);
        Assert.DoesNotContain("Thursday at ten.", peek.Html);
        Assert.Equal(HttpStatusCode.NotFound,
            (await PostAsync(stranger.Client, $"/conversations/{conversationId}", new() { ["Body"] = "Let me in" }, "/conversations")).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(f.Founder, f.PositionId, id, ApplicationStage.Offer)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(cofounder, f.PositionId, id, ApplicationStage.Hired)).Status);
        saved = await SavedAsync(id);
        Assert.Equal((ApplicationStage.Hired, conversationId), (saved.Stage, saved.ConversationId));
        Assert.Equal(1, await app.QueryAsync(db => db.Conversations.CountAsync(c => c.Origin == "position-application" && c.OriginId == id)));
        var events = await EventsAsync(id);
        Assert.Equal(
            [(null, ApplicationStage.Applied), (ApplicationStage.Applied, ApplicationStage.Reviewing), (ApplicationStage.Reviewing, ApplicationStage.Interview),
                (ApplicationStage.Interview, ApplicationStage.Offer), (ApplicationStage.Offer, ApplicationStage.Hired)],
            events.Select(e => ((ApplicationStage?)e.FromStage, e.ToStage)));
        Assert.Equal([f.Researcher.Id, f.Founder.Id, f.Founder.Id, f.Founder.Id, cofounder.Id], events.Select(e => e.ById));
        var audited = await app.QueryAsync(db => db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityType == "PositionApplication" && a.EntityId == id.ToString()));
        Assert.Equal(5, audited);

        // The researcher sees where it ended, with its history, and can no longer withdraw.
        mine = await f.Researcher.Client.GetAsync($"/researcher/applications/{id}");
        Assert.Equal("Hired", mine.Text("[data-testid=stage]"));
        Assert.Equal(5, mine.Texts("[data-testid=history] [data-testid=event]").Count);
        Assert.Null(mine.Document.QuerySelector("[data-testid=withdraw-form]"));
        var listed = await f.Researcher.Client.GetAsync("/researcher/applications");
        Assert.Equal("Hired", listed.Text($"[data-testid=application][data-application='{id}'] [data-testid=stage]"));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_which_the_researcher_reads_in_English_and_Chinese_and_ends_the_matter()
    {
        var f = await FixtureAsync();
        var id = await As(f.Researcher, new ApplyToPosition.Command(f.PositionId, Note));
        var page = await f.Founder.Client.GetAsync($"/positions/{f.PositionId}/applicants/{id}");

        var noReason = await f.Founder.Client.SubmitAsync(page, new Dictionary<string, string> { ["RejectionNote"] = "Sorry" }, "form[data-testid=reject-form]");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.Equal("Choose the reason for the rejection.", noReason.FieldError("RejectionReason"));
        Assert.Equal(ApplicationStage.Applied, (await SavedAsync(id)).Stage);

        var rejected = await f.Founder.Client.SubmitAsync(page,
            new Dictionary<string, string> { ["RejectionReason"] = "experience", ["RejectionNote"] = "We need someone with field deployments." },
            "form[data-testid=reject-form]");
        Assert.Equal(HttpStatusCode.Redirect, rejected.Status);
        var saved = await SavedAsync(id);
        Assert.Equal((ApplicationStage.Rejected, "experience", "We need someone with field deployments."),
            (saved.Stage, saved.RejectionReason, saved.RejectionNote));
        var last = (await EventsAsync(id)).Last();
        Assert.Equal((ApplicationStage.Rejected, "experience"), (last.ToStage, last.Reason));
        Assert.Contains("position-application-rejected", await NotificationKindsAsync(f.Researcher.Id));

        var english = await f.Researcher.Client.GetAsync($"/researcher/applications/{id}");
        Assert.Equal(("Rejected", "Not enough experience", "We need someone with field deployments."),
            (english.Text("[data-testid=stage]"), english.Text("[data-testid=rejection-reason]"), english.Text("[data-testid=rejection-note]")));
        Assert.Contains("Reason: Not enough experience.", string.Join(" ", (await f.Researcher.Client.GetAsync("/notifications")).Texts("[data-testid=notification-text]")));
        var chinese = await f.Researcher.Client.GetAsync($"/researcher/applications/{id}?culture=zh-Hans");
        Assert.Equal(("未录用", "经验不足"), (chinese.Text("[data-testid=stage]"), chinese.Text("[data-testid=rejection-reason]")));
        Assert.Equal("经验不足", (await f.Researcher.Client.GetAsync("/researcher/applications")).Text("[data-testid=rejection-reason]"));
        Assert.Contains("原因：经验不足。", string.Join(" ", (await f.Researcher.Client.GetAsync("/notifications")).Texts("[data-testid=notification-text]")));
        await f.Researcher.Client.GetAsync("/researcher/applications?culture=en");

        // Rejected is final: no further move, no new application.
        var after = await PostAsync(f.Founder.Client, $"/positions/{f.PositionId}/applicants/{id}/move",
            new() { ["Stage"] = "Reviewing", ["Version"] = saved.Version.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, after.Status);
        Assert.Equal("This application cannot move from “Rejected” to “Reviewing”.", after.FieldError("Stage"));
        var again = await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply");
        Assert.Equal("AlreadyDecided", again.Document.QuerySelector("[data-testid=blocker]")?.GetAttribute("data-blocker"));
        Assert.Null(again.Document.QuerySelector("[data-testid=apply-form]"));
        var refused = await PostAsync(f.Researcher.Client, $"/positions/{f.PositionId}/apply", new() { ["Note"] = Note });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("The poster already decided on your application to this position; you cannot apply again.", refused.FieldError("PositionId"));
        Assert.Single(await ApplicationsOfAsync(f.Researcher.Id, f.PositionId));
    }

    [Fact]
    public async Task Withdrawing_tells_the_poster_stops_sharing_the_profile_and_lets_the_researcher_apply_again()
    {
        var f = await FixtureAsync();
        var id = IdFrom(await ApplyAsync(f.Researcher, f.PositionId));
        await MoveAsync(f.Founder, f.PositionId, id, ApplicationStage.Reviewing);

        var withdrawn = await f.Researcher.Client.SubmitAsync($"/researcher/applications/{id}", new Dictionary<string, string>(), "form[data-testid=withdraw-form]");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.Status);
        var saved = await SavedAsync(id);
        Assert.Equal(ApplicationStage.Withdrawn, saved.Stage);
        var last = (await EventsAsync(id)).Last();
        Assert.Equal((ApplicationStage.Reviewing, ApplicationStage.Withdrawn, f.Researcher.Id), (last.FromStage, last.ToStage, last.ById));
        Assert.Contains("position-application-withdrawn", await NotificationKindsAsync(f.Founder.Id));
        var mine = await f.Researcher.Client.GetAsync($"/researcher/applications/{id}");
        Assert.Equal(("Withdrawn", $"/positions/{f.PositionId}/apply"),
            (mine.Text("[data-testid=stage]"), mine.Document.QuerySelector("[data-testid=apply-again]")?.GetAttribute("href")));
        Assert.Null(mine.Document.QuerySelector("[data-testid=withdraw-form]"));

        var poster = await f.Founder.Client.GetAsync($"/positions/{f.PositionId}/applicants/{id}");
        Assert.Equal("Withdrawn", poster.Text("[data-testid=stage]"));
        Assert.NotNull(poster.Document.QuerySelector("[data-testid=no-profile]"));
        Assert.DoesNotContain(f.Headline, poster.Html);
        Assert.Null(poster.Document.QuerySelector("[data-testid=move-form]"));
        await Assert.ThrowsAsync<DomainException>(() => As(f.Researcher, new WithdrawPositionApplication.Command(id, saved.Version)));

        var box = await As(f.Researcher, new GetPositionApplyBox.Query(f.PositionId));
        Assert.Equal((ApplyBoxKind.Researcher, true, id, (ApplicationStage?)ApplicationStage.Withdrawn), (box.Kind, box.CanApply, box.ApplicationId, box.Stage));
        var again = await ApplyAsync(f.Researcher, f.PositionId, "Circumstances changed: I can now relocate to Shenzhen next spring.");
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        var second = IdFrom(again);
        Assert.NotEqual(id, second);
        Assert.Equal([ApplicationStage.Applied, ApplicationStage.Withdrawn],
            (await ApplicationsOfAsync(f.Researcher.Id, f.PositionId)).Select(a => a.Stage).Order());
        Assert.Equal(f.Headline, (await f.Founder.Client.GetAsync($"/positions/{f.PositionId}/applicants/{second}")).Text("[data-testid=headline]"));
        box = await As(f.Researcher, new GetPositionApplyBox.Query(f.PositionId));
        Assert.Equal((false, second, (ApplicationStage?)ApplicationStage.Applied), (box.CanApply, box.ApplicationId, box.Stage));
    }

    [Fact]
    public async Task A_second_application_is_refused_at_the_field_and_writes_nothing()
    {
        var f = await FixtureAsync();
        var form = await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply");
        var tooShort = await f.Researcher.Client.SubmitAsync(form, new Dictionary<string, string> { ["Note"] = "  Hire me please  " }, "form[data-testid=apply-form]");
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.Status);
        Assert.Equal("Write a note of 20 to 4000 characters: who you are and why this position (now 14).", tooShort.FieldError("Note"));
        Assert.Equal("Hire me please", tooShort.Document.QuerySelector("#Note")?.TextContent.Trim());
        Assert.Empty(await ApplicationsOfAsync(f.Researcher.Id, f.PositionId));

        Assert.Equal(HttpStatusCode.Redirect, (await f.Researcher.Client.SubmitAsync(form, new Dictionary<string, string> { ["Note"] = Note }, "form[data-testid=apply-form]")).Status);
        var twice = await f.Researcher.Client.SubmitAsync(form, new Dictionary<string, string> { ["Note"] = Note + " Again." }, "form[data-testid=apply-form]");
        Assert.Equal(HttpStatusCode.BadRequest, twice.Status);
        Assert.Equal("You already applied to this position.", twice.FieldError("PositionId"));
        var only = Assert.Single(await ApplicationsOfAsync(f.Researcher.Id, f.PositionId));
        Assert.Single(await EventsAsync(only.Id));
        Assert.Single(await NotificationKindsAsync(f.Founder.Id), k => k == "position-application-received");
        Assert.Equal("AlreadyApplied", (await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply"))
            .Document.QuerySelector("[data-testid=blocker]")?.GetAttribute("data-blocker"));

        // Simultaneous submissions: one wins, the others get the same answer, never a 500.
        var racer = await Users.RegisterAsync(app, RoleNames.Researcher);
        await PublishedPositions.ProfileAsync(app, racer.Id, "Racer");
        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await As(racer, new ApplyToPosition.Command(f.PositionId, Note));
                return "applied";
            }
            catch (InputValidationException e)
            {
                return Assert.Single(e.Errors).Message;
            }
        }));
        Assert.Equal(["You already applied to this position.", "You already applied to this position.", "You already applied to this position.", "applied"],
            attempts.Order(StringComparer.Ordinal));
        Assert.Single(await ApplicationsOfAsync(racer.Id, f.PositionId));

        // The database holds the rule too, and the handler recognises its refusal on both providers.
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => app.QueryAsync(async db =>
        {
            db.PositionApplications.Add(new PositionApplication(f.PositionId, racer.Id, Note));
            return await db.SaveChangesAsync();
        }));
        Assert.True(ApplicationRules.IsLiveApplicationViolation(duplicate), duplicate.InnerException?.Message);
    }

    [Fact]
    public async Task Closed_past_deadline_and_unpublished_positions_take_no_application()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        await PublishedPositions.ProfileAsync(app, researcher.Id, "Closed doors");
        var founder = await Users.RegisterAsync(app, RoleNames.Founder);
        var startup = await TestStartups.CreateAsync(app, founder);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var closed = await PublishedPositions.CreateAsync(app, founder.Id, startup, configure: p => p.Close(PositionClosedReasons.Filled, DateTime.UtcNow));
        var pastDeadline = await PublishedPositions.CreateAsync(app, founder.Id, startup, configure: p => p.Deadline = today.AddDays(-1));
        var lastDay = await PublishedPositions.CreateAsync(app, founder.Id, startup, configure: p => p.Deadline = today);

        foreach (var position in new[] { closed, pastDeadline })
        {
            var page = await researcher.Client.GetAsync($"/positions/{position}/apply");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal("Closed", page.Document.QuerySelector("[data-testid=blocker]")?.GetAttribute("data-blocker"));
            Assert.Null(page.Document.QuerySelector("[data-testid=apply-form]"));
            var post = await PostAsync(researcher.Client, $"/positions/{position}/apply", new() { ["Note"] = Note });
            Assert.Equal(HttpStatusCode.BadRequest, post.Status);
            Assert.Equal("This position no longer takes applications.", post.FieldError("PositionId"));
            Assert.Empty(await ApplicationsOfAsync(researcher.Id, position));
        }

        foreach (var state in new[] { ModerationState.Draft, ModerationState.Submitted, ModerationState.Rejected })
        {
            var hidden = await PublishedPositions.CreateAsync(app, founder.Id, startup,
                configure: p => p.PutAsImported(state, null, null, null, PositionClosedReasons.Withdrawn, DateTime.UtcNow));
            Assert.Equal(HttpStatusCode.NotFound, (await researcher.Client.GetAsync($"/positions/{hidden}/apply")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(researcher.Client, $"/positions/{hidden}/apply", new() { ["Note"] = Note })).Status);
            await Assert.ThrowsAsync<NotFoundException>(() => As(researcher, new ApplyToPosition.Command(hidden, Note)));
            Assert.Empty(await ApplicationsOfAsync(researcher.Id, hidden));
            Assert.Equal(ApplyBoxKind.None, (await As(researcher, new GetPositionApplyBox.Query(hidden))).Kind);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(researcher, lastDay)).Status);
        Assert.Single(await ApplicationsOfAsync(researcher.Id, lastDay));
    }

    [Fact]
    public async Task A_researcher_without_a_profile_is_asked_to_create_one_first()
    {
        var f = await FixtureAsync(withProfile: false);
        var page = await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply");
        Assert.Equal("NoProfile", page.Document.QuerySelector("[data-testid=blocker]")?.GetAttribute("data-blocker"));
        Assert.Equal("/researcher/profile", page.Document.QuerySelector("[data-testid=create-profile]")?.GetAttribute("href"));
        var chinese = await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply?culture=zh-Hans");
        Assert.Contains("请先创建您的研究者档案", chinese.Text("[data-testid=blocker]"));
        await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply?culture=en");
        var post = await PostAsync(f.Researcher.Client, $"/positions/{f.PositionId}/apply", new() { ["Note"] = Note });
        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal("Create your researcher profile first: applying shares it with the poster.", post.FieldError("PositionId"));
        Assert.Empty(await ApplicationsOfAsync(f.Researcher.Id, f.PositionId));

        // With a profile, the form says in both languages what applying shares.
        await PublishedPositions.ProfileAsync(app, f.Researcher.Id, f.Headline);
        var form = await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply");
        Assert.NotNull(form.Document.QuerySelector("[data-testid=apply-form]"));
        Assert.Contains("even if your profile is hidden or shown to verified organisations only", form.Text("[data-testid=consent]"));
        var zh = await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply?culture=zh-Hans");
        Assert.Contains("即使您的档案设为隐藏或仅对认证机构可见", zh.Text("[data-testid=consent]"));
        await f.Researcher.Client.GetAsync($"/positions/{f.PositionId}/apply?culture=en");
    }

    [Fact]
    public async Task Every_application_url_is_refused_to_strangers()
    {
        var f = await FixtureAsync();
        var id = IdFrom(await ApplyAsync(f.Researcher, f.PositionId));
        await MoveAsync(f.Founder, f.PositionId, id, ApplicationStage.Interview);
        var saved = await SavedAsync(id);

        var otherResearcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        await PublishedPositions.ProfileAsync(app, otherResearcher.Id, "Someone else");
        var otherFounder = await Users.RegisterAsync(app, RoleNames.Founder);
        await TestStartups.CreateAsync(app, otherFounder);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        await TestFunds.CreateAsync(app, manager);
        var anonymous = new TestUser(Guid.Empty, "", "", "", "", app.NewClient());

        var detail = $"/researcher/applications/{id}";
        var applicants = $"/positions/{f.PositionId}/applicants";
        var applicant = $"/positions/{f.PositionId}/applicants/{id}";
        var expected = new Dictionary<TestUser, (HttpStatusCode Detail, HttpStatusCode Applicants, HttpStatusCode Apply)>
        {
            [otherResearcher] = (HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.OK),
            [otherFounder] = (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            [manager] = (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            [anonymous] = (HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect),
        };
        foreach (var (stranger, status) in expected)
        {
            var client = stranger.Client;
            var tokenPage = stranger == anonymous ? "/account/login" : "/account/profile";
            foreach (var (url, want) in new[] { (detail, status.Detail), (applicants, status.Applicants), (applicant, status.Applicants) })
            {
                var page = await client.GetAsync(url);
                Assert.True(want == page.Status, $"{stranger.Role} GET {url}: {page.Status}");
                Assert.DoesNotContain(Note.Trim(), page.Html);
                Assert.DoesNotContain(f.Headline, page.Html);
            }
            Assert.Equal(status.Apply, (await client.GetAsync($"/positions/{f.PositionId}/apply")).Status);
            Assert.DoesNotContain(Note.Trim(), (await client.GetAsync("/researcher/applications")).Html);
            Assert.Equal(status.Detail,
                (await PostAsync(client, $"{detail}/withdraw", new() { ["Version"] = saved.Version.ToString() }, tokenPage)).Status);
            Assert.Equal(status.Applicants,
                (await PostAsync(client, $"{applicant}/move", new() { ["Stage"] = "Offer", ["Version"] = saved.Version.ToString() }, tokenPage)).Status);
            var conversation = await client.GetAsync($"/conversations/{saved.ConversationId}");
            Assert.NotEqual(HttpStatusCode.OK, conversation.Status);
            if (stranger != anonymous)
            {
                Assert.Equal(HttpStatusCode.NotFound, conversation.Status);
                Assert.Equal(ApplyBoxKind.None == (await As(stranger, new GetPositionApplyBox.Query(f.PositionId))).Kind,
                    stranger.Role != RoleNames.Researcher);
            }
        }
        var unchanged = await SavedAsync(id);
        Assert.Equal((ApplicationStage.Interview, saved.Version), (unchanged.Stage, unchanged.Version));
        Assert.Equal(2, (await EventsAsync(id)).Count);
        Assert.Equal(HttpStatusCode.OK, (await f.Researcher.Client.GetAsync(detail)).Status);
        Assert.Equal(HttpStatusCode.OK, (await f.Founder.Client.GetAsync(applicant)).Status);
    }

    [Fact]
    public async Task Illegal_and_stale_moves_are_refused_with_a_4xx_and_change_nothing()
    {
        var f = await FixtureAsync();
        var id = await As(f.Researcher, new ApplyToPosition.Command(f.PositionId, Note));
        await MoveAsync(f.Founder, f.PositionId, id, ApplicationStage.Interview);
        var saved = await SavedAsync(id);
        var url = $"/positions/{f.PositionId}/applicants/{id}/move";

        var backwards = await PostAsync(f.Founder.Client, url, new() { ["Stage"] = "Reviewing", ["Version"] = saved.Version.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.Status);
        Assert.Equal("This application cannot move from “Interview” to “Reviewing”.", backwards.FieldError("Stage"));
        foreach (var stage in new[] { "Withdrawn", "Applied", "Bogus", "7", "" })
        {
            var refused = await PostAsync(f.Founder.Client, url, new() { ["Stage"] = stage, ["Version"] = saved.Version.ToString() });
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal("Choose a stage.", refused.FieldError("Stage"));
        }
        var unknownReason = await PostAsync(f.Founder.Client, url, new() { ["Stage"] = "Rejected", ["RejectionReason"] = "too-tall", ["Version"] = saved.Version.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, unknownReason.Status);
        Assert.Equal(ApplicationStage.Interview, (await SavedAsync(id)).Stage);

        // A form loaded before someone else's move is stale.
        var stalePage = await f.Founder.Client.GetAsync($"/positions/{f.PositionId}/applicants/{id}");
        await As(f.Founder, new MovePositionApplication.Command(f.PositionId, id, "Offer", null, null, saved.Version));
        var stale = await f.Founder.Client.SubmitAsync(stalePage, new Dictionary<string, string> { ["Stage"] = "Hired" }, "form[data-testid=move-form]");
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal(ApplicationStage.Offer, (await SavedAsync(id)).Stage);

        saved = await SavedAsync(id);
        await As(f.Founder, new MovePositionApplication.Command(f.PositionId, id, "Hired", null, null, saved.Version));
        saved = await SavedAsync(id);
        var afterHired = await PostAsync(f.Founder.Client, url, new() { ["Stage"] = "Rejected", ["RejectionReason"] = "other", ["Version"] = saved.Version.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, afterHired.Status);
        Assert.Equal("This application cannot move from “Hired” to “Rejected”.", afterHired.FieldError("Stage"));
        Assert.Equal((ApplicationStage.Hired, (string?)null), ((await SavedAsync(id)).Stage, (await SavedAsync(id)).RejectionReason));
        Assert.Equal(4, (await EventsAsync(id)).Count);
    }

    [Fact]
    public async Task A_fund_position_opens_the_conversation_with_the_fund_and_the_poster_filters_applicants_by_stage()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager, "Mo Manager");
        var colleague = await Users.RegisterAsync(app, RoleNames.FundManager, "Cai Colleague");
        var fund = await TestFunds.CreateAsync(app, manager);
        await app.QueryAsync(async db =>
        {
            db.FundMembers.Add(new FundMember { FundId = fund, UserId = colleague.Id, Role = FundRoles.Analyst, JoinedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var position = await PublishedPositions.CreateAsync(app, manager.Id, fundId: fund);
        var researchers = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            var r = await Users.RegisterAsync(app, RoleNames.Researcher, $"Researcher {i}");
            await PublishedPositions.ProfileAsync(app, r.Id, $"Headline {i}", i == 0 ? "public" : "hidden");
            researchers.Add(r);
        }
        var ids = new List<Guid>();
        foreach (var r in researchers)
            ids.Add(await As(r, new ApplyToPosition.Command(position, Note)));
        Assert.Contains("position-application-received", await NotificationKindsAsync(colleague.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(colleague, position, ids[1], ApplicationStage.Interview)).Status);
        var conversationId = (await SavedAsync(ids[1])).ConversationId!.Value;
        var conversation = await app.QueryAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId));
        Assert.Equal((PartyKind.User, researchers[1].Id, PartyKind.Fund, fund), (conversation.FirstPartyKind, conversation.FirstPartyId, conversation.SecondPartyKind, conversation.SecondPartyId));
        await As(researchers[1], new SendMessage.Command(conversationId, "Looking forward to it."));
        Assert.Equal(["Looking forward to it."], (await As(manager, new GetConversation.Query(conversationId))).Messages.Select(m => m.Body));
        await As(manager, new MovePositionApplication.Command(position, ids[2], "Rejected", "position-filled", null, (await SavedAsync(ids[2])).Version));

        var all = await manager.Client.GetAsync($"/positions/{position}/applicants");
        Assert.Equal(3, all.Texts("[data-testid=applicant]").Count);
        var interview = await manager.Client.GetAsync($"/positions/{position}/applicants?stage=Interview");
        Assert.Equal(["Researcher 1"], interview.Texts("[data-testid=applicant] [data-testid=name]"));
        Assert.Equal("1", interview.Document.QuerySelector("#stage option[value=Interview]")?.GetAttribute("data-count"));
        Assert.NotNull((await manager.Client.GetAsync($"/positions/{position}/applicants?stage=Offer")).Document.QuerySelector("[data-testid=no-applicants]"));
        var bogus = await manager.Client.GetAsync($"/positions/{position}/applicants?stage=Bogus");
        Assert.Equal(HttpStatusCode.BadRequest, bogus.Status);
        Assert.Equal("Choose a stage.", bogus.FieldError("Stage"));

        var box = await As(colleague, new GetPositionApplyBox.Query(position));
        Assert.Equal((ApplyBoxKind.Poster, 2), (box.Kind, box.LiveApplicants));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PositionApplicationTestsOnSqlite(SqliteApp app) : PositionApplicationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PositionApplicationTestsOnPostgreSql(PostgresApp app) : PositionApplicationTests(app);
