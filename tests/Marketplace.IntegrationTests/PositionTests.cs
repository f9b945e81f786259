using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hangfire.Storage;
using Hangfire;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.Infrastructure.Jobs;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests;

/// <summary>
/// Positions (issue 5, item 2 and 4): posted by a startup's founders or a fund's managers, through
/// moderation, discovered on /positions, closed by their posters or by the deadline job.
/// </summary>
public abstract class PositionTests(MarketplaceApp app)
{
    private const string PositionForm = "main form[data-testid=position-form]";
    private const string DecisionForm = "main form[data-testid=decision-form]";

    private static string Marker() => "pm" + Guid.NewGuid().ToString("N")[..10];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static Dictionary<string, string> ValidFields(string title) => new()
    {
        ["TitleEn"] = title,
        ["TitleZh"] = "机器人感知工程师",
        ["DescriptionEn"] = "Build perception for warehouse robots.\nShip models to 40 sites.",
        ["DescriptionZh"] = "为仓储机器人构建感知系统。",
        ["Type"] = "full-time",
        ["ResearchAreas"] = "robotics",
        ["Skills"] = "PyTorch, ROS 2",
        ["MinDegree"] = "master",
        ["MinYearsExperience"] = "3",
        ["ClusterKey"] = "shenzhen",
        ["CompensationMin"] = "400000",
        ["CompensationMax"] = "600000",
        ["CompensationCurrency"] = "CNY",
        ["VisaSupport"] = "true",
        ["Deadline"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
    };

    private static async Task<Guid> CreateAsync(TestUser poster, string query, string title, IDictionary<string, string>? fields = null)
    {
        var created = await poster.Client.SubmitAsync($"/positions/new?{query}", fields ?? ValidFields(title), PositionForm);
        Assert.True(created.Status == HttpStatusCode.Redirect, $"Creating answered {(int)created.Status}: {created.Text("main")}");
        return Guid.Parse(Redirects.PathOf(created.Location).Split('/')[2]);
    }

    private static async Task<Page> PostOnPositionPageAsync(TestUser user, Guid id, string formTestId, IDictionary<string, string>? fields = null) =>
        await user.Client.SubmitAsync(await user.Client.GetAsync($"/positions/{id}"), fields ?? new Dictionary<string, string>(),
            $"form[data-testid={formTestId}]");

    private Task<Position> PositionAsync(Guid id) => app.QueryAsync(db => db.Positions.AsNoTracking().SingleAsync(p => p.Id == id));

    private Task<ModerationRequest> PendingRequestAsync(Guid id) =>
        app.QueryAsync(db => db.ModerationRequests.AsNoTracking()
            .SingleAsync(r => r.ContentType == Position.ContentType && r.ContentId == id && r.Decision == ModerationDecision.Pending));

    private Task<List<(string Kind, string Arguments)>> NotificationsAsync(Guid userId) =>
        app.QueryAsync(async db => (await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt)
            .Select(n => new { n.Kind, n.Arguments }).ToListAsync()).Select(n => (n.Kind, n.Arguments)).ToList());

    private static async Task DecideAsync(TestUser admin, Guid requestId, string verdict, string reason = "")
    {
        var details = await admin.Client.GetAsync($"/admin/moderation/{requestId}");
        Assert.Equal(HttpStatusCode.OK, details.Status);
        var decided = await admin.Client.SubmitAsync(details, new Dictionary<string, string> { ["Reason"] = reason }, DecisionForm, "Verdict", verdict);
        Assert.True(decided.Status == HttpStatusCode.Redirect, $"Deciding answered {(int)decided.Status}: {decided.Text("main")}");
    }

    /// <summary>A published position written straight to the database, for tests of what others find.</summary>
    private async Task<Guid> InsertAsync(Guid poster, Guid? startupId, Guid? fundId, string title, Action<Position>? configure = null)
    {
        var position = new Position(startupId, fundId, new LocalizedText(title, null), "full-time")
        {
            Description = new LocalizedText("A position made by a test.", null),
            CreatedById = poster,
            State = ModerationState.Published,
            PublishedAt = DateTime.UtcNow,
        };
        configure?.Invoke(position);
        await app.QueryAsync(async db =>
        {
            db.Positions.Add(position);
            return await db.SaveChangesAsync();
        });
        return position.Id;
    }

    private Task<Guid> ClusterIdAsync(string key) => app.QueryAsync(db => db.Clusters.Where(c => c.Key == key).Select(c => c.Id).SingleAsync());

    private async Task<List<string>> FoundAsync(Infrastructure.WebClient client, string query)
    {
        var page = await client.GetAsync("/positions?" + query);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("[data-testid=position]").Select(e => e.GetAttribute("data-position")!).ToList();
    }

    [Fact]
    public async Task Should_create_a_draft_submit_it_and_show_it_on_positions_once_an_administrator_approves_it()
    {
        var founder = await Users.RegisterAsync(app);
        var admin = await Users.AdminAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var startupName = await app.QueryAsync(db => db.Startups.Where(s => s.Id == startup).Select(s => s.Name.En!).SingleAsync());
        var marker = Marker();
        var title = "Perception engineer " + marker;

        var id = await CreateAsync(founder, $"startupId={startup}", title);

        var saved = await PositionAsync(id);
        Assert.Equal(ModerationState.Draft, saved.State);
        Assert.Equal(startup, saved.StartupId);
        Assert.Equal(new LocalizedText(title, "机器人感知工程师"), saved.Title);
        Assert.Equal(["robotics"], saved.ResearchAreas);
        Assert.Equal(["pytorch", "ros-2"], saved.Skills);
        Assert.Equal("master", saved.MinDegree);
        Assert.Equal(3, saved.MinYearsExperience);
        Assert.Equal(await ClusterIdAsync("shenzhen"), saved.ClusterId);
        Assert.False(saved.Remote);
        Assert.Equal((400_000L, 600_000L, "CNY"), (saved.CompensationMin!.Value, saved.CompensationMax!.Value, saved.CompensationCurrency));
        Assert.True(saved.VisaSupport);
        Assert.False(saved.RelocationSupport);
        Assert.Equal(Today.AddDays(30), saved.Deadline);
        Assert.Equal(founder.Id, saved.CreatedById);
        // The skills are remembered for suggestions.
        Assert.True(await app.QueryAsync(db => db.SkillTags.AnyAsync(t => t.Name == "ros-2")));

        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/positions/{id}")).Status);
        Assert.DoesNotContain(id.ToString(), await FoundAsync(anonymous, "q=" + marker));
        var mine = await founder.Client.GetAsync("/positions/mine");
        Assert.Equal("Draft", mine.Document.QuerySelector($"[data-position='{id}']")!.GetAttribute("data-state"));

        Assert.Equal(HttpStatusCode.Redirect, (await PostOnPositionPageAsync(founder, id, "submit-form")).Status);
        Assert.Equal(ModerationState.Submitted, (await PositionAsync(id)).State);
        var request = await PendingRequestAsync(id);
        Assert.Equal(ModerationKind.Publication, request.Kind);

        // The queue names the position by its title and its poster; the review shows the whole proposal.
        var queue = await admin.Client.GetAsync("/admin/moderation?contentType=position");
        var total = int.Parse(queue.Document.QuerySelector("[data-testid=total]")!.GetAttribute("data-total")!);
        var lastPage = await admin.Client.GetAsync($"/admin/moderation?contentType=position&page={(total + 19) / 20}");
        Assert.Equal($"{title} · {startupName}", lastPage.Text($"tr[data-request='{request.Id}'] [data-testid=proposal]"));
        var review = await admin.Client.GetAsync($"/admin/moderation/{request.Id}");
        Assert.Equal(title, review.Text("tr[data-field=TitleEn] [data-testid=proposed]"));
        Assert.Equal("Full-time", review.Text("tr[data-field=PositionType] [data-testid=proposed]"));
        Assert.Equal("Master's", review.Text("tr[data-field=MinDegree] [data-testid=proposed]"));
        await DecideAsync(admin, request.Id, "Approve");

        var published = await PositionAsync(id);
        Assert.Equal(ModerationState.Published, published.State);
        Assert.NotNull(published.PublishedAt);
        Assert.Contains(await NotificationsAsync(founder.Id), n => n.Kind == "position-published" && n.Arguments.Contains(title));

        Assert.Contains(id.ToString(), await FoundAsync(anonymous, "q=" + marker));
        var page = await anonymous.GetAsync($"/positions/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(title, page.Text("[data-testid=title]"));
        Assert.Equal(startupName, page.Text("[data-testid=poster]"));
        Assert.Equal("Full-time", page.Text("[data-testid=type]"));
        Assert.Equal("Shenzhen", page.Text("[data-testid=cluster]"));
        Assert.Equal(["pytorch", "ros-2"], page.Texts("[data-testid=skill]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=poster-controls]"));
        using var chineseReader = app.NewClient();
        var chinese = await chineseReader.GetAsync($"/positions/{id}?culture=zh-Hans");
        Assert.Equal("机器人感知工程师", chinese.Text("[data-testid=title]"));
        Assert.Equal("全职", chinese.Text("[data-testid=type]"));
        Assert.Equal("硕士", chinese.Text("[data-testid=degree]"));

        // The startup's page lists it; the poster's page keeps the history.
        var startupPage = await anonymous.GetAsync($"/startups/{startup}");
        Assert.Equal([title], startupPage.Texts("[data-testid=poster-positions] [data-testid=position-title]"));
        var own = await founder.Client.GetAsync($"/positions/{id}");
        Assert.Equal(["approved", "submitted", "created"],
            own.Document.QuerySelectorAll("[data-testid=timeline] li").Select(li => li.GetAttribute("data-kind")).ToList());
    }

    [Theory]
    [InlineData("Reject", ModerationState.Rejected, "position-rejected")]
    [InlineData("RequestChanges", ModerationState.ChangesRequested, "position-changes-requested")]
    public async Task Should_keep_a_refused_position_hidden_and_tell_every_fund_manager_why(string verdict, ModerationState state, string kind)
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var admin = await Users.AdminAsync(app);
        var fund = await Founders.FundAsync(app, "Positions fund " + Marker(), manager.Id, partner.Id);
        var id = await CreateAsync(manager, $"fundId={fund}", "Venture analyst " + Marker());
        await PostOnPositionPageAsync(manager, id, "submit-form");
        var reason = "Say what the analyst screens " + Marker();

        await DecideAsync(admin, (await PendingRequestAsync(id)).Id, verdict, reason);

        Assert.Equal(state, (await PositionAsync(id)).State);
        foreach (var member in new[] { manager, partner })
            Assert.Contains(await NotificationsAsync(member.Id), n => n.Kind == kind && n.Arguments.Contains(reason));
        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/positions/{id}")).Status);
        var own = await partner.Client.GetAsync($"/positions/{id}");
        Assert.Equal(reason, own.Text("[data-testid=refusal-reason]"));

        // Rejected: an edit makes it a draft again; changes requested: it stays so, and can go back to review.
        var edited = await manager.Client.SubmitAsync($"/positions/{id}/edit", new Dictionary<string, string> { ["DescriptionEn"] = "Screens AI infrastructure deals." }, PositionForm);
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);
        var after = await PositionAsync(id);
        Assert.Equal(state == ModerationState.Rejected ? ModerationState.Draft : ModerationState.ChangesRequested, after.State);
        Assert.Equal("Screens AI infrastructure deals.", after.Description.En);
    }

    [Fact]
    public async Task Editing_a_published_position_sends_a_revision_and_the_published_version_stays_until_approved()
    {
        var founder = await Users.RegisterAsync(app);
        var admin = await Users.AdminAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var original = "Speech scientist " + Marker();
        var id = await CreateAsync(founder, $"startupId={startup}", original);
        await PostOnPositionPageAsync(founder, id, "submit-form");
        await DecideAsync(admin, (await PendingRequestAsync(id)).Id, "Approve");

        var revised = "Senior speech scientist " + Marker();
        var edited = await founder.Client.SubmitAsync($"/positions/{id}/edit",
            new Dictionary<string, string> { ["TitleEn"] = revised, ["Remote"] = "true", ["ClusterKey"] = "" }, PositionForm);
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);

        var stillPublished = await PositionAsync(id);
        Assert.Equal(ModerationState.Published, stillPublished.State);
        Assert.Equal(original, stillPublished.Title.En);
        Assert.False(stillPublished.Remote);
        var request = await PendingRequestAsync(id);
        Assert.Equal(ModerationKind.Revision, request.Kind);
        using var anonymous = app.NewClient();
        Assert.Equal(original, (await anonymous.GetAsync($"/positions/{id}")).Text("[data-testid=title]"));
        Assert.NotNull((await founder.Client.GetAsync($"/positions/{id}")).Document.QuerySelector("[data-testid=revision-pending]"));
        // The edit form starts from the pending revision.
        Assert.Equal(revised, (await founder.Client.GetAsync($"/positions/{id}/edit")).Document.QuerySelector<IHtmlInputElement>("#TitleEn")!.Value);

        var review = await admin.Client.GetAsync($"/admin/moderation/{request.Id}");
        Assert.Equal("true", review.Document.QuerySelector("tr[data-field=TitleEn]")!.GetAttribute("data-changed"));
        Assert.Equal("Remote", review.Text("tr[data-field=Remote] [data-testid=proposed]"));
        await DecideAsync(admin, request.Id, "Approve");

        var applied = await PositionAsync(id);
        Assert.Equal(revised, applied.Title.En);
        Assert.True(applied.Remote);
        Assert.Null(applied.ClusterId);
        Assert.Equal(revised, (await anonymous.GetAsync($"/positions/{id}")).Text("[data-testid=title]"));
        Assert.Contains(await NotificationsAsync(founder.Id), n => n.Kind == "position-revision-approved" && n.Arguments.Contains(revised));
    }

    [Fact]
    public async Task Strangers_get_403_or_404_on_a_position_they_do_not_post_and_never_see_it_unpublished()
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var otherFounder = await Users.RegisterAsync(app);
        await Founders.StartupAsync(app, otherFounder.Id);
        var otherManager = await Users.RegisterAsync(app, RoleNames.FundManager);
        await Founders.FundAsync(app, "Other fund " + Marker(), otherManager.Id);
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        var draft = await CreateAsync(founder, $"startupId={startup}", "Draft post " + Marker());
        var published = await InsertAsync(founder.Id, startup, null, "Published post " + Marker());

        // Nobody posts for a startup or fund that is not theirs.
        Assert.Equal(HttpStatusCode.Forbidden, (await otherFounder.Client.GetAsync($"/positions/new?startupId={startup}")).Status);
        var forged = await otherFounder.Client.PostAsync("/positions/new", ValidFields("Forged " + Marker())
            .Append(new("StartupId", startup.ToString())).Append(new("__RequestVerificationToken", await otherFounder.Client.TokenAsync())));
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.False(await app.QueryAsync(db => db.Positions.AnyAsync(p => p.StartupId == startup && p.Title.En!.StartsWith("Forged"))));

        foreach (var stranger in new[] { otherFounder, otherManager, researcher })
        {
            var token = await stranger.Client.TokenAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/positions/{draft}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/positions/{draft}/edit")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsync($"/positions/{draft}/submit",
                [new("Version", "0"), new("__RequestVerificationToken", token)])).Status);
            Assert.Equal(HttpStatusCode.OK, (await stranger.Client.GetAsync($"/positions/{published}")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Client.GetAsync($"/positions/{published}/edit")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Client.PostAsync($"/positions/{published}/close",
                [new("Reason", "withdrawn"), new("Version", "0"), new("__RequestVerificationToken", token)])).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Client.PostAsync($"/positions/{published}/edit",
                ValidFields("Taken over").Append(new("Version", "0")).Append(new("__RequestVerificationToken", token)))).Status);
        }

        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/positions/{draft}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/positions/{published}")).Status);
        // Anonymous users are sent to sign in before any poster page.
        var edit = await anonymous.GetAsync($"/positions/{published}/edit");
        Assert.Equal(HttpStatusCode.Redirect, edit.Status);
        Assert.StartsWith("/account/login", Redirects.PathOf(edit.Location), StringComparison.OrdinalIgnoreCase);

        var untouched = await PositionAsync(published);
        Assert.Equal(ModerationState.Published, untouched.State);
        Assert.StartsWith("Published post", untouched.Title.En);
        Assert.Equal(ModerationState.Draft, (await PositionAsync(draft)).State);
    }

    [Fact]
    public async Task Each_filter_of_positions_keeps_the_matching_position_and_leaves_out_the_other()
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fund = await Founders.FundAsync(app, "Filter fund " + Marker(), manager.Id);
        var (clusterKey, clusterId) = await TestClusters.CreateAsync(app);
        var marker = Marker();
        var montreal = await ClusterIdAsync("montreal");
        var a = await InsertAsync(founder.Id, startup, null, "Alpha " + marker, p =>
        {
            p.Title = new LocalizedText("Alpha " + marker, "甲职位" + marker);
            p.Type = "postdoc";
            p.ResearchAreas = ["nlp", "speech"];
            p.Skills = ["jax", "cuda"];
            p.MinDegree = "master";
            p.ClusterId = clusterId;
            p.Remote = true;
        });
        var b = await InsertAsync(manager.Id, null, fund, "Beta " + marker, p =>
        {
            p.Description = new LocalizedText("Tune recommender systems " + marker, "推荐系统调优");
            p.Type = "internship";
            p.ResearchAreas = ["recommender-systems"];
            p.Skills = ["spark"];
            p.MinDegree = "phd";
            p.ClusterId = montreal;
        });
        using var visitor = app.NewClient();
        var scope = "q=" + marker;

        Assert.Equal([b, a], (await FoundAsync(visitor, scope)).Select(Guid.Parse).Where(id => id == a || id == b).ToList());
        async Task Only(string filter, Guid expected)
        {
            var found = (await FoundAsync(visitor, $"{scope}&{filter}")).Select(Guid.Parse).ToList();
            Assert.True(found.Contains(expected) && !found.Contains(expected == a ? b : a), $"{filter}: {string.Join(", ", found)}");
        }
        await Only("cluster=" + clusterKey, a);
        await Only("cluster=montreal", b);
        await Only("mode=application-scenario", a);
        await Only("mode=institution-supply", b);
        await Only("type=postdoc", a);
        await Only("type=internship", b);
        await Only("area=speech", a);
        await Only("area=recommender-systems", b);
        await Only("skill=CUDA", a);
        await Only("skill=spark", b);
        await Only("remote=true", a);
        await Only("remote=false", b);
        // Degree reads "I hold": a master's holder qualifies for the master post, not the PhD-only one.
        await Only("degree=master", a);
        var bachelor = await FoundAsync(visitor, $"{scope}&degree=bachelor");
        Assert.DoesNotContain(a.ToString(), bachelor);
        Assert.DoesNotContain(b.ToString(), bachelor);
        Assert.Equal(2, (await FoundAsync(visitor, $"{scope}&degree=phd")).Count(id => id == a.ToString() || id == b.ToString()));
        // Free text reads titles and descriptions in both languages.
        Assert.Equal([a], (await FoundAsync(visitor, "q=" + Uri.EscapeDataString("甲职位" + marker))).Select(Guid.Parse).ToList());
        Assert.Equal([b], (await FoundAsync(visitor, "q=" + Uri.EscapeDataString("RECOMMENDER systems " + marker))).Select(Guid.Parse).ToList());

        var filtered = await visitor.GetAsync($"/positions?{scope}&type=advisor");
        Assert.NotNull(filtered.Document.QuerySelector("[data-testid=empty]"));
        var refused = await visitor.GetAsync("/positions?degree=astronaut");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.FieldError("Degree"));

        // The fund's page lists its open position; the cluster page shows the one posted there.
        var fundPage = await visitor.GetAsync($"/funds/{fund}");
        Assert.Equal(["Beta " + marker], fundPage.Texts("[data-testid=poster-positions] [data-testid=position-title]"));
        var clusterPage = await visitor.GetAsync($"/clusters/{clusterKey}");
        Assert.Equal(["Alpha " + marker], clusterPage.Texts("[data-testid=cluster-positions] [data-testid=position-title]"));
        Assert.Equal($"/positions?cluster={clusterKey}", clusterPage.Document.QuerySelector("[data-testid=all-cluster-positions]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_deadline_job_closes_positions_past_their_deadline_tells_the_posters_and_changes_nothing_when_run_again()
    {
        var founder = await Users.RegisterAsync(app);
        var cofounder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id, cofounder.Id);
        var (clusterKey, clusterId) = await TestClusters.CreateAsync(app);
        var marker = Marker();
        var past = await InsertAsync(founder.Id, startup, null, "Past " + marker, p => p.ClusterId = clusterId);
        var lastDay = await InsertAsync(founder.Id, startup, null, "Last day " + marker, p => { p.ClusterId = clusterId; p.Deadline = Today; });
        var open = await InsertAsync(founder.Id, startup, null, "No deadline " + marker, p => p.ClusterId = clusterId);
        // Created with a future deadline, then put in the past as time would.
        await app.QueryAsync(db => db.Positions.Where(p => p.Id == past).ExecuteUpdateAsync(s => s.SetProperty(p => p.Deadline, Today.AddDays(-1))));
        using var visitor = app.NewClient();
        // Past its deadline it is no longer offered, even before the job runs.
        Assert.DoesNotContain(past.ToString(), await FoundAsync(visitor, "q=" + marker));

        await RunDeadlineJobAsync();

        var closed = await PositionAsync(past);
        Assert.Equal(ModerationState.Closed, closed.State);
        Assert.Equal(PositionClosedReasons.Deadline, closed.ClosedReason);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(ModerationState.Published, (await PositionAsync(lastDay)).State);
        Assert.Equal(ModerationState.Published, (await PositionAsync(open)).State);
        foreach (var poster in new[] { founder, cofounder })
            Assert.Single(await NotificationsAsync(poster.Id), n => n.Kind == "position-closed-deadline" && n.Arguments.Contains("Past " + marker));
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(Position) && e.EntityId == past.ToString()
            && e.UseCase == "ClosePastDeadlinePositions")));

        await RunDeadlineJobAsync();

        var again = await PositionAsync(past);
        Assert.Equal((closed.Version, closed.ClosedAt), (again.Version, again.ClosedAt));
        Assert.Single(await NotificationsAsync(founder.Id), n => n.Kind == "position-closed-deadline");

        Assert.Equal([open, lastDay], (await FoundAsync(visitor, "q=" + marker)).Select(Guid.Parse).ToList());
        var page = await visitor.GetAsync($"/positions/{past}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("deadline", page.Text("[data-testid=closed]"));
        var cluster = await visitor.GetAsync($"/clusters/{clusterKey}");
        Assert.DoesNotContain("Past " + marker, cluster.Texts("[data-testid=cluster-positions] [data-testid=position-title]"));
        var own = await founder.Client.GetAsync($"/positions/{past}");
        Assert.Contains(own.Document.QuerySelectorAll("[data-testid=timeline] li"), li => li.GetAttribute("data-kind") == "closed");
    }

    [Fact]
    public async Task The_deadline_job_is_registered_hourly_with_a_fixed_id()
    {
        var storage = app.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RecurringJobs.PositionDeadlines);
        Assert.Equal(typeof(ClosePastDeadlinePositionsJob), job.Job.Type);
        Assert.Equal("0 * * * *", job.Cron);
    }

    [Fact]
    public async Task A_poster_closes_a_filled_position_and_it_leaves_positions()
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var marker = Marker();
        var id = await InsertAsync(founder.Id, startup, null, "Filled " + marker);
        using var visitor = app.NewClient();
        Assert.Contains(id.ToString(), await FoundAsync(visitor, "q=" + marker));

        var refused = await PostOnPositionPageAsync(founder, id, "close-form", new Dictionary<string, string> { ["Reason"] = "deadline" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.FieldError("Reason"));

        Assert.Equal(HttpStatusCode.Redirect, (await PostOnPositionPageAsync(founder, id, "close-form", new Dictionary<string, string> { ["Reason"] = "filled" })).Status);

        var closed = await PositionAsync(id);
        Assert.Equal((ModerationState.Closed, "filled"), (closed.State, closed.ClosedReason));
        Assert.NotNull(closed.ClosedAt);
        Assert.DoesNotContain(id.ToString(), await FoundAsync(visitor, "q=" + marker));
        Assert.Equal("This position is closed: filled.", (await visitor.GetAsync($"/positions/{id}")).Text("[data-testid=closed]"));
        var mine = await founder.Client.GetAsync("/positions/mine");
        Assert.Equal("Closed", mine.Document.QuerySelector($"[data-position='{id}']")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task Bad_input_is_answered_at_each_field_with_400_and_nothing_is_saved()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fund = await Founders.FundAsync(app, "Careful fund " + Marker(), manager.Id);
        var fields = ValidFields("");
        fields["TitleZh"] = "";
        fields["DescriptionEn"] = "";
        fields["DescriptionZh"] = "";
        fields["Type"] = "astronaut";
        fields["Skills"] = "pytorch, c++ (modern)";
        fields["MinDegree"] = "diploma";
        fields["MinYearsExperience"] = "41";
        fields["ClusterKey"] = "";
        fields["CompensationMin"] = "700000";
        fields["CompensationMax"] = "600000";
        fields["CompensationCurrency"] = "";
        fields["Deadline"] = Today.AddDays(-1).ToString("yyyy-MM-dd");
        var values = fields.Where(f => f.Key != "ResearchAreas")
            .Concat([new("ResearchAreas", "robotics"), new("ResearchAreas", "alchemy")]);

        var page = await manager.Client.PostFormAsync($"/positions/new?fundId={fund}", values.Append(new("FundId", fund.ToString())), PositionForm);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        foreach (var field in new[] { "TitleEn", "DescriptionEn", "Type", "ResearchAreas", "Skills", "MinDegree", "MinYearsExperience",
                     "ClusterKey", "CompensationMax", "CompensationCurrency", "Deadline" })
            Assert.True(page.FieldError(field) is not null, $"No message at {field}.");
        Assert.Equal("The deadline cannot be in the past.", page.FieldError("Deadline"));
        // The form comes back with what was typed.
        Assert.Equal("pytorch, c++ (modern)", page.Document.QuerySelector<IHtmlInputElement>("#Skills")!.Value);
        Assert.False(await app.QueryAsync(db => db.Positions.AnyAsync(p => p.FundId == fund)));

        var chinese = await manager.Client.PostFormAsync($"/positions/new?fundId={fund}&culture=zh-Hans",
            values.Append(new("FundId", fund.ToString())), PositionForm);
        Assert.Equal("截止日期不能早于今天。", chinese.FieldError("Deadline"));

        // Remote without a cluster is fine; a currency is needed only with an amount.
        var remote = ValidFields("Remote researcher " + Marker());
        remote["ClusterKey"] = "";
        remote["Remote"] = "true";
        remote["CompensationMin"] = "";
        remote["CompensationMax"] = "";
        var id = await CreateAsync(manager, $"fundId={fund}", "", remote);
        var saved = await PositionAsync(id);
        Assert.Equal((true, (Guid?)null, (string?)null), (saved.Remote, saved.ClusterId, saved.CompensationCurrency));
    }

    [Fact]
    public async Task A_concurrent_edit_is_detected_with_409_and_the_first_save_is_kept()
    {
        var founder = await Users.RegisterAsync(app);
        var cofounder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id, cofounder.Id);
        var id = await CreateAsync(founder, $"startupId={startup}", "Shared draft " + Marker());
        var firstForm = await founder.Client.GetAsync($"/positions/{id}/edit");
        var secondForm = await cofounder.Client.GetAsync($"/positions/{id}/edit");

        var first = await founder.Client.SubmitAsync(firstForm, new Dictionary<string, string> { ["TitleEn"] = "First title" }, PositionForm);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        var second = await cofounder.Client.SubmitAsync(secondForm, new Dictionary<string, string> { ["TitleEn"] = "Second title" }, PositionForm);

        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.False(string.IsNullOrEmpty(second.Text("[data-testid=form-errors]")));
        Assert.Equal("First title", (await PositionAsync(id)).Title.En);
    }

    private Task RunDeadlineJobAsync() =>
        app.RunAsSystemAsync(sp => sp.GetRequiredService<ClosePastDeadlinePositionsJob>().RunAsync(CancellationToken.None));
}

[Collection(SqliteCollection.Name)]
public sealed class PositionTestsOnSqlite(SqliteApp app) : PositionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PositionTestsOnPostgreSql(PostgresApp app) : PositionTests(app);
