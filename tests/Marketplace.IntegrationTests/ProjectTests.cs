using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>A founder's fundraising project through its life: draft, review, publication, revisions, closing.</summary>
public abstract class ProjectTests(MarketplaceApp app)
{
    private const string ProjectForm = "form[data-testid=project-form]";
    private const string DecisionForm = "main form[data-testid=decision-form]";

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static Dictionary<string, string> ValidFields(string title) => new()
    {
        ["TitleEn"] = title,
        ["TitleZh"] = "智能医疗 A 轮融资",
        ["SummaryEn"] = "Diagnostic models for county hospitals.\nDeployed in 12 hospitals.",
        ["SummaryZh"] = "面向县级医院的诊断模型。",
        ["SeekingAmount"] = "50000000",
        ["SeekingCurrency"] = "CNY",
        ["Instrument"] = "equity",
        ["Stage"] = "series-a",
        ["UseOfFundsEn"] = "Hiring and clinical trials.",
        ["UseOfFundsZh"] = "",
        ["Traction[0].Metric"] = "customers",
        ["Traction[0].Value"] = "12",
        ["Traction[1].Metric"] = "pilots",
        ["Traction[1].Value"] = "3",
    };

    public static async Task<Guid> CreateAsync(TestUser founder, Guid startupId, string title, IDictionary<string, string>? fields = null)
    {
        var created = await founder.Client.SubmitAsync($"/projects/new?startupId={startupId}", fields ?? ValidFields(title), ProjectForm);
        Assert.True(created.Status == HttpStatusCode.Redirect, $"Creating answered {(int)created.Status}: {created.Text("main")}");
        return Guid.Parse(Redirects.PathOf(created.Location).Split('/')[2]);
    }

    public static async Task<Page> PostOnProjectPageAsync(TestUser user, Guid projectId, string formTestId, IDictionary<string, string>? fields = null) =>
        await user.Client.SubmitAsync(await user.Client.GetAsync($"/projects/{projectId}"), fields ?? new Dictionary<string, string>(),
            $"form[data-testid={formTestId}]");

    private Task<ModerationRequest> PendingRequestAsync(Guid projectId) =>
        app.QueryAsync(db => db.ModerationRequests.AsNoTracking()
            .SingleAsync(r => r.ContentType == Project.ContentType && r.ContentId == projectId && r.Decision == ModerationDecision.Pending));

    private Task<Project> ProjectAsync(Guid projectId) =>
        app.QueryAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId));

    private Task<List<(string Kind, string Arguments)>> NotificationsAsync(Guid userId) =>
        app.QueryAsync(async db => (await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt)
            .Select(n => new { n.Kind, n.Arguments }).ToListAsync()).Select(n => (n.Kind, n.Arguments)).ToList());

    private static async Task<Page> DecideAsync(TestUser admin, Guid requestId, string verdict, string reason = "")
    {
        var details = await admin.Client.GetAsync($"/admin/moderation/{requestId}");
        Assert.Equal(HttpStatusCode.OK, details.Status);
        var decided = await admin.Client.SubmitAsync(details, new Dictionary<string, string> { ["Reason"] = reason }, DecisionForm, "Verdict", verdict);
        Assert.True(decided.Status == HttpStatusCode.Redirect, $"Deciding answered {(int)decided.Status}: {decided.Text("main")}");
        return decided;
    }

    /// <summary>A founder's project, submitted and approved by an administrator.</summary>
    public static async Task<(TestUser Founder, Guid ProjectId)> PublishedProjectAsync(MarketplaceApp app, string title)
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var id = await CreateAsync(founder, startup, title);
        Assert.Equal(HttpStatusCode.Redirect, (await PostOnProjectPageAsync(founder, id, "submit-form")).Status);
        var admin = await Users.AdminAsync(app);
        var request = await app.QueryAsync(db => db.ModerationRequests.SingleAsync(r => r.ContentId == id && r.Decision == ModerationDecision.Pending));
        await DecideAsync(admin, request.Id, "Approve");
        return (founder, id);
    }

    [Theory]
    [InlineData("en", "English")]
    [InlineData("zh-Hans", "中文")]
    public async Task The_moderation_queue_names_a_project_by_its_title_in_the_reader_language(string culture, string expected)
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var fields = ValidFields("English " + marker);
        fields["TitleZh"] = "中文 " + marker;
        var id = await CreateAsync(founder, startup, "English " + marker, fields);
        Assert.Equal(HttpStatusCode.Redirect, (await PostOnProjectPageAsync(founder, id, "submit-form")).Status);
        var request = await PendingRequestAsync(id);
        // The summary stored at submission names both languages; the queue reads the project instead.
        Assert.Equal($"English {marker} / 中文 {marker}", request.Summary);

        var admin = await Users.AdminAsync(app);
        var queue = await admin.Client.GetAsync($"/admin/moderation?contentType=project&culture={culture}");
        var total = int.Parse(queue.Document.QuerySelector("[data-testid=total]")!.GetAttribute("data-total")!);
        var lastPage = await admin.Client.GetAsync($"/admin/moderation?contentType=project&page={(total + 19) / 20}&culture={culture}");

        var proposal = lastPage.Document.QuerySelector($"tr[data-request='{request.Id}'] [data-testid=proposal]")!;
        Assert.Equal($"{expected} {marker}", proposal.TextContent.Trim());
        Assert.Equal($"/admin/moderation/{request.Id}", proposal.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "Hangzhou", new[] { "Healthcare", "Foundation models" })]
    [InlineData("zh-Hans", "杭州", new[] { "智慧医疗", "基础大模型" })]
    public async Task The_public_project_page_shows_the_startup_cluster_and_sectors_in_the_reader_language(string culture, string cluster, string[] sectors)
    {
        var hangzhou = await app.QueryAsync(db => db.Clusters.Where(c => c.Key == "hangzhou").Select(c => c.Id).SingleAsync());
        var startup = await TestProjects.StartupAsync(app, hangzhou, Unique("Cluster shown"), ["healthcare", "foundation-models"]);
        var project = await TestProjects.ProjectAsync(app, startup, Unique("Cluster project"));

        using var visitor = app.NewClient();
        var page = await visitor.GetAsync($"/projects/{project}?culture={culture}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var link = page.Document.QuerySelector("[data-testid=public-part] a[data-testid=cluster]")!;
        Assert.Equal(cluster, link.TextContent.Trim());
        Assert.Equal("/clusters/hangzhou", link.GetAttribute("href"));
        Assert.Equal(sectors, page.Texts("[data-testid=public-part] [data-testid=sector]"));
    }

    [Fact]
    public async Task Should_create_a_draft_submit_it_and_show_it_to_everyone_once_an_administrator_approves_it()
    {
        var founder = await Users.RegisterAsync(app);
        var otherFounder = await Users.RegisterAsync(app);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var admin = await Users.AdminAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var title = Unique("Smart clinics");

        var id = await CreateAsync(founder, startup, title);

        var saved = await ProjectAsync(id);
        Assert.Equal(ModerationState.Draft, saved.State);
        Assert.Equal(new LocalizedText(title, "智能医疗 A 轮融资"), saved.Title);
        Assert.Equal(50_000_000, saved.SeekingAmount);
        Assert.Equal("CNY", saved.SeekingCurrency);
        Assert.Equal([new TractionMetric("customers", 12), new TractionMetric("pilots", 3)], saved.Traction);
        Assert.Null(saved.UseOfFunds.Zh);
        Assert.True(await app.QueryAsync(db => db.ProjectConfidentials.AnyAsync(c => c.Id == id)));

        // A draft is its owners' (and the administrators') only.
        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/projects/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherFounder.Client.GetAsync($"/projects/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Client.GetAsync($"/projects/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherFounder.Client.GetAsync($"/projects/{id}/edit")).Status);
        var own = await founder.Client.GetAsync($"/projects/{id}");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal("Draft", own.Document.QuerySelector("[data-testid=state]")!.GetAttribute("data-state"));
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync($"/projects/{id}")).Status);

        var submitted = await PostOnProjectPageAsync(founder, id, "submit-form");
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        Assert.Equal(ModerationState.Submitted, (await ProjectAsync(id)).State);
        var request = await PendingRequestAsync(id);
        Assert.Equal(ModerationKind.Publication, request.Kind);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/projects/{id}")).Status);

        // The reviewer sees the whole proposal.
        var review = await admin.Client.GetAsync($"/admin/moderation/{request.Id}");
        Assert.Equal(title, review.Text("tr[data-field=TitleEn] [data-testid=proposed]"));
        Assert.Equal("50,000,000 CNY", review.Text("tr[data-field=SeekingAmount] [data-testid=proposed]"));
        await DecideAsync(admin, request.Id, "Approve");

        var published = await ProjectAsync(id);
        Assert.Equal(ModerationState.Published, published.State);
        Assert.NotNull(published.PublishedAt);
        Assert.Contains(await NotificationsAsync(founder.Id), n => n.Kind == "project-published" && n.Arguments.Contains(title));

        var page = await anonymous.GetAsync($"/projects/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(title, page.Text("[data-testid=title]"));
        Assert.Equal("CNY 50,000,000", page.Text("[data-testid=amount]"));
        Assert.Equal("Series A", page.Text("[data-testid=stage]"));
        Assert.Equal("Customers", page.Text("tr[data-metric=customers] th"));
        Assert.Null(page.Document.QuerySelector("[data-testid=owner-controls]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=state]"));
        var chinese = await anonymous.GetAsync($"/projects/{id}?culture=zh-Hans");
        Assert.Equal("智能医疗 A 轮融资", chinese.Text("[data-testid=title]"));
        Assert.Equal("50,000,000 CNY", chinese.Text("[data-testid=amount]"));
        Assert.Equal("A 轮", chinese.Text("[data-testid=stage]"));
        Assert.Equal("股权", chinese.Text("[data-testid=instrument]"));

        // Anonymous looks are not counted (nothing about a visitor without an account is kept), nor shown to them.
        Assert.Null(page.Document.QuerySelector("[data-testid=views]"));
        var counted = await ProjectAsync(id);
        Assert.Equal(0, counted.ViewCount);
        Assert.Equal(published.Version, counted.Version);

        // The owner's page keeps the history.
        var ownPage = await founder.Client.GetAsync($"/projects/{id}");
        var kinds = ownPage.Document.QuerySelectorAll("[data-testid=timeline] li").Select(li => li.GetAttribute("data-kind")).ToList();
        Assert.Equal(["approved", "submitted", "created"], kinds);
        Assert.Equal(0, (await ProjectAsync(id)).ViewCount);
    }

    [Fact]
    public async Task A_signed_in_reader_counts_once_a_day_however_often_they_reload_and_only_owners_and_administrators_see_the_count()
    {
        var (founder, id) = await PublishedProjectAsync(app, Unique("Counted"));
        var reader = await Users.RegisterAsync(app, RoleNames.FundManager);
        var other = await Users.RegisterAsync(app, RoleNames.Researcher);
        var admin = await Users.AdminAsync(app);
        var anonymous = app.NewClient();
        var before = (await ProjectAsync(id)).Version;

        for (var i = 0; i < 3; i++)
        {
            var page = await reader.Client.GetAsync($"/projects/{id}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Null(page.Document.QuerySelector("[data-testid=views]"));
        }
        Assert.Equal(1, (await ProjectAsync(id)).ViewCount);
        var rows = await app.QueryAsync(db => db.ProjectViews.AsNoTracking().Where(v => v.ProjectId == id).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal((reader.Id, DateOnly.FromDateTime(DateTime.UtcNow)), (row.ViewerId, row.Day));

        // Nobody but the owners and the administrators sees the number; the owners' own looks and anonymous ones do not count.
        Assert.Null((await other.Client.GetAsync($"/projects/{id}")).Document.QuerySelector("[data-testid=views]"));
        Assert.Null((await anonymous.GetAsync($"/projects/{id}")).Document.QuerySelector("[data-testid=views]"));
        Assert.Null((await anonymous.GetAsync($"/projects/{id}?culture=zh-Hans")).Document.QuerySelector("[data-testid=views]"));
        await founder.Client.GetAsync($"/projects/{id}");
        Assert.Equal(2, (await ProjectAsync(id)).ViewCount);
        Assert.Equal("3", (await admin.Client.GetAsync($"/projects/{id}")).Text("[data-testid=views]"));
        var own = await founder.Client.GetAsync($"/projects/{id}");
        Assert.Equal("3", own.Text("[data-testid=views]"));
        Assert.Equal(3, (await ProjectAsync(id)).ViewCount);
        Assert.Equal(3, await app.QueryAsync(db => db.ProjectViews.CountAsync(v => v.ProjectId == id)));
        Assert.Equal(before, (await ProjectAsync(id)).Version);
        Assert.Contains("浏览次数", (await founder.Client.GetAsync($"/projects/{id}?culture=zh-Hans")).Text("main"));
    }

    [Theory]
    [InlineData("Reject", ModerationState.Rejected, "project-rejected")]
    [InlineData("RequestChanges", ModerationState.ChangesRequested, "project-changes-requested")]
    public async Task Should_keep_a_refused_project_hidden_and_tell_every_owner_why(string verdict, ModerationState state, string kind)
    {
        var founder = await Users.RegisterAsync(app);
        var cofounder = await Users.RegisterAsync(app);
        var admin = await Users.AdminAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id, cofounder.Id);
        var id = await CreateAsync(founder, startup, Unique("Refused"));
        await PostOnProjectPageAsync(founder, id, "submit-form");
        var reason = "Say what the models diagnose " + Guid.NewGuid().ToString("N")[..6];

        await DecideAsync(admin, (await PendingRequestAsync(id)).Id, verdict, reason);

        Assert.Equal(state, (await ProjectAsync(id)).State);
        foreach (var owner in new[] { founder, cofounder })
            Assert.Contains(await NotificationsAsync(owner.Id), n => n.Kind == kind && n.Arguments.Contains(reason));
        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/projects/{id}")).Status);
        var own = await cofounder.Client.GetAsync($"/projects/{id}");
        Assert.Equal(reason, own.Text("[data-testid=refusal-reason]"));
        Assert.Contains(own.Document.QuerySelectorAll("[data-testid=timeline] li"),
            li => li.GetAttribute("data-kind") == (verdict == "Reject" ? "rejected" : "changes-requested") && li.TextContent.Contains(reason));
    }

    [Fact]
    public async Task Should_let_the_founder_edit_and_resubmit_after_changes_were_requested()
    {
        var founder = await Users.RegisterAsync(app);
        var admin = await Users.AdminAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var id = await CreateAsync(founder, startup, Unique("Vague"));
        await PostOnProjectPageAsync(founder, id, "submit-form");

        // Waiting for review: not editable until taken back.
        var whileSubmitted = await founder.Client.SubmitAsync($"/projects/{id}/edit", new Dictionary<string, string> { ["TitleEn"] = "Too soon" }, ProjectForm);
        Assert.Equal(HttpStatusCode.BadRequest, whileSubmitted.Status);
        Assert.Contains("withdraw", whileSubmitted.Text("[data-testid=form-errors]"), StringComparison.OrdinalIgnoreCase);

        await DecideAsync(admin, (await PendingRequestAsync(id)).Id, "RequestChanges", "Give the traction figures.");
        var better = Unique("Precise");
        var edited = await founder.Client.SubmitAsync($"/projects/{id}/edit", new Dictionary<string, string>
        {
            ["TitleEn"] = better,
            ["Traction[2].Metric"] = "paying-customers",
            ["Traction[2].Value"] = "7",
        }, ProjectForm);
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);
        var saved = await ProjectAsync(id);
        Assert.Equal(ModerationState.ChangesRequested, saved.State);
        Assert.Equal(better, saved.Title.En);
        Assert.Contains(new TractionMetric("paying-customers", 7), saved.Traction);

        Assert.Equal(HttpStatusCode.Redirect, (await PostOnProjectPageAsync(founder, id, "submit-form")).Status);
        Assert.Equal(ModerationState.Submitted, (await ProjectAsync(id)).State);
        await DecideAsync(admin, (await PendingRequestAsync(id)).Id, "Approve");

        using var anonymous = app.NewClient();
        var page = await anonymous.GetAsync($"/projects/{id}");
        Assert.Equal(better, page.Text("[data-testid=title]"));
        Assert.Equal("7", page.Text("tr[data-metric=paying-customers] td"));
    }

    [Fact]
    public async Task Should_keep_the_published_version_visible_while_a_revision_waits_and_show_the_new_one_after_approval()
    {
        var original = Unique("Original");
        var (founder, id) = await PublishedProjectAsync(app, original);
        var admin = await Users.AdminAsync(app);
        var versionBefore = (await ProjectAsync(id)).Version;
        var revised = Unique("Revised");

        var edited = await founder.Client.SubmitAsync($"/projects/{id}/edit",
            new Dictionary<string, string> { ["TitleEn"] = revised, ["SeekingAmount"] = "80000000" }, ProjectForm);
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);

        var stored = await ProjectAsync(id);
        Assert.Equal(original, stored.Title.En);
        Assert.Equal(50_000_000, stored.SeekingAmount);
        Assert.Equal(ModerationState.Published, stored.State);
        Assert.True(stored.Version > versionBefore);
        var request = await PendingRequestAsync(id);
        Assert.Equal(ModerationKind.Revision, request.Kind);

        using var anonymous = app.NewClient();
        Assert.Equal(original, (await anonymous.GetAsync($"/projects/{id}")).Text("[data-testid=title]"));
        var own = await founder.Client.GetAsync($"/projects/{id}");
        Assert.Equal(original, own.Text("[data-testid=title]"));
        Assert.Contains(revised, own.Text("[data-testid=revision-pending]"));
        // Editing again starts from the pending revision.
        var form = await founder.Client.GetAsync($"/projects/{id}/edit");
        Assert.Equal(revised, form.Document.QuerySelector<IHtmlInputElement>("#TitleEn")!.Value);

        var review = await admin.Client.GetAsync($"/admin/moderation/{request.Id}");
        Assert.Equal(original, review.Text("tr[data-field=TitleEn] [data-testid=current]"));
        Assert.Equal(revised, review.Text("tr[data-field=TitleEn] [data-testid=proposed]"));
        await DecideAsync(admin, request.Id, "Approve");

        var page = await anonymous.GetAsync($"/projects/{id}");
        Assert.Equal(revised, page.Text("[data-testid=title]"));
        Assert.Equal("CNY 80,000,000", page.Text("[data-testid=amount]"));
        Assert.Contains(await NotificationsAsync(founder.Id), n => n.Kind == "project-revision-approved" && n.Arguments.Contains(revised));
        var kinds = (await founder.Client.GetAsync($"/projects/{id}")).Document.QuerySelectorAll("[data-testid=timeline] li")
            .Select(li => li.GetAttribute("data-kind")).ToList();
        Assert.Equal(["revision-approved", "revision-submitted"], kinds.Take(2));
    }

    [Fact]
    public async Task Should_keep_the_published_version_when_a_revision_is_rejected_and_tell_the_founder_why()
    {
        var original = Unique("Kept");
        var (founder, id) = await PublishedProjectAsync(app, original);
        var admin = await Users.AdminAsync(app);
        await founder.Client.SubmitAsync($"/projects/{id}/edit", new Dictionary<string, string> { ["TitleEn"] = "BEST AI EVER!!!" }, ProjectForm);

        await DecideAsync(admin, (await PendingRequestAsync(id)).Id, "Reject", "No shouting in titles.");

        using var anonymous = app.NewClient();
        Assert.Equal(original, (await anonymous.GetAsync($"/projects/{id}")).Text("[data-testid=title]"));
        Assert.Equal(ModerationState.Published, (await ProjectAsync(id)).State);
        Assert.Contains(await NotificationsAsync(founder.Id), n => n.Kind == "project-revision-rejected" && n.Arguments.Contains("No shouting in titles."));
    }

    [Fact]
    public async Task Should_take_a_submission_back_to_a_draft_and_drop_a_pending_revision_when_the_founder_withdraws()
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var id = await CreateAsync(founder, startup, Unique("Second thoughts"));
        await PostOnProjectPageAsync(founder, id, "submit-form");
        var request = await PendingRequestAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, (await PostOnProjectPageAsync(founder, id, "withdraw-form")).Status);

        Assert.Equal(ModerationState.Draft, (await ProjectAsync(id)).State);
        Assert.Equal(ModerationDecision.Withdrawn, (await app.QueryAsync(db => db.ModerationRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id))).Decision);
        var edited = await founder.Client.SubmitAsync($"/projects/{id}/edit", new Dictionary<string, string> { ["TitleEn"] = "Editable again" }, ProjectForm);
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);

        // On a published project, withdrawing drops the revision and keeps what is published.
        var published = Unique("Published");
        var (owner, projectId) = await PublishedProjectAsync(app, published);
        await owner.Client.SubmitAsync($"/projects/{projectId}/edit", new Dictionary<string, string> { ["TitleEn"] = "Never mind" }, ProjectForm);
        Assert.Equal(HttpStatusCode.Redirect, (await PostOnProjectPageAsync(owner, projectId, "withdraw-form")).Status);
        Assert.False(await app.QueryAsync(db => db.ModerationRequests.AnyAsync(r => r.ContentId == projectId && r.Decision == ModerationDecision.Pending)));
        var project = await ProjectAsync(projectId);
        Assert.Equal(ModerationState.Published, project.State);
        Assert.Equal(published, project.Title.En);
        Assert.Null((await owner.Client.GetAsync($"/projects/{projectId}")).Document.QuerySelector("[data-testid=revision-pending]"));
    }

    [Fact]
    public async Task Should_close_a_published_project_as_funded_and_keep_it_readable()
    {
        var (founder, id) = await PublishedProjectAsync(app, Unique("Funded"));

        var noReason = await PostOnProjectPageAsync(founder, id, "close-form", new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.NotNull(noReason.FieldError("Reason"));
        Assert.Equal(ModerationState.Published, (await ProjectAsync(id)).State);

        var closed = await PostOnProjectPageAsync(founder, id, "close-form", new Dictionary<string, string> { ["Reason"] = "funded" });
        Assert.Equal(HttpStatusCode.Redirect, closed.Status);
        var saved = await ProjectAsync(id);
        Assert.Equal(ModerationState.Closed, saved.State);
        Assert.Equal(ClosedReasons.Funded, saved.ClosedReason);
        Assert.NotNull(saved.ClosedAt);
        using var anonymous = app.NewClient();
        Assert.Equal("This round is closed: funded.", (await anonymous.GetAsync($"/projects/{id}")).Text("[data-testid=closed]"));
        Assert.Equal("closed", (await founder.Client.GetAsync($"/projects/{id}")).Document
            .QuerySelector("[data-testid=timeline] li")!.GetAttribute("data-kind"));
    }

    [Fact]
    public async Task Should_answer_409_to_an_edit_from_a_stale_form_and_keep_the_first_edit()
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var id = await CreateAsync(founder, startup, Unique("Concurrent"));
        var first = await founder.Client.GetAsync($"/projects/{id}/edit");
        var second = await founder.Client.GetAsync($"/projects/{id}/edit");

        var saved = await founder.Client.SubmitAsync(first, new Dictionary<string, string> { ["TitleEn"] = "First tab" }, ProjectForm);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var stale = await founder.Client.SubmitAsync(second, new Dictionary<string, string> { ["TitleEn"] = "Second tab" }, ProjectForm);

        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.NotEmpty(stale.Text("[data-testid=form-errors]")!);
        Assert.Equal("Second tab", stale.Document.QuerySelector<IHtmlInputElement>("#TitleEn")!.Value);
        Assert.Equal("First tab", (await ProjectAsync(id)).Title.En);

        // The confidential part too.
        var c1 = await founder.Client.GetAsync($"/projects/{id}/confidential");
        var c2 = await founder.Client.GetAsync($"/projects/{id}/confidential");
        Assert.Equal(HttpStatusCode.Redirect, (await founder.Client.SubmitAsync(c1, new Dictionary<string, string>
            { ["RunwayMonths"] = "18" }, "form[data-testid=confidential-form]")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await founder.Client.SubmitAsync(c2, new Dictionary<string, string>
            { ["RunwayMonths"] = "24" }, "form[data-testid=confidential-form]")).Status);
        Assert.Equal(18, await app.QueryAsync(db => db.ProjectConfidentials.Where(c => c.Id == id).Select(c => c.RunwayMonths).SingleAsync()));
    }

    public static IEnumerable<object[]> BadProjectInput() =>
    [
        ["TitleEn", new Dictionary<string, string> { ["TitleEn"] = "", ["TitleZh"] = " " }],
        ["TitleEn", new Dictionary<string, string> { ["TitleEn"] = new string('x', 201) }],
        ["TitleZh", new Dictionary<string, string> { ["TitleZh"] = new string('字', 201) }],
        ["SummaryEn", new Dictionary<string, string> { ["SummaryEn"] = "", ["SummaryZh"] = "" }],
        ["SummaryZh", new Dictionary<string, string> { ["SummaryZh"] = new string('字', 4001) }],
        ["SeekingAmount", new Dictionary<string, string> { ["SeekingAmount"] = "0" }],
        ["SeekingAmount", new Dictionary<string, string> { ["SeekingAmount"] = "-5" }],
        ["SeekingAmount", new Dictionary<string, string> { ["SeekingAmount"] = "10000000000001" }],
        ["SeekingAmount", new Dictionary<string, string> { ["SeekingAmount"] = "" }],
        ["SeekingAmount", new Dictionary<string, string> { ["SeekingAmount"] = "lots" }],
        ["SeekingCurrency", new Dictionary<string, string> { ["SeekingCurrency"] = "XYZ" }],
        ["SeekingCurrency", new Dictionary<string, string> { ["SeekingCurrency"] = "" }],
        ["Instrument", new Dictionary<string, string> { ["Instrument"] = "shares" }],
        ["Instrument", new Dictionary<string, string> { ["Instrument"] = "" }],
        ["Stage", new Dictionary<string, string> { ["Stage"] = "series-z" }],
        ["UseOfFundsEn", new Dictionary<string, string> { ["UseOfFundsEn"] = new string('x', 4001) }],
        ["Traction[0].Metric", new Dictionary<string, string> { ["Traction[0].Metric"] = "unicorns" }],
        ["Traction[1].Value", new Dictionary<string, string> { ["Traction[1].Value"] = "-1" }],
        ["Traction[1].Value", new Dictionary<string, string> { ["Traction[1].Value"] = "" }],
        ["Traction[1].Metric", new Dictionary<string, string> { ["Traction[1].Metric"] = "customers" }],
        ["Traction", Enumerable.Range(0, 9).SelectMany(i => new[]
        {
            KeyValuePair.Create($"Traction[{i}].Metric", TractionMetrics.All[i % TractionMetrics.All.Count]),
            KeyValuePair.Create($"Traction[{i}].Value", "1"),
        }).ToDictionary()],
    ];

    [Fact]
    public async Task Should_answer_bad_input_of_every_project_field_at_the_field_with_400_and_write_nothing()
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        foreach (var row in BadProjectInput())
        {
            var (field, bad) = ((string)row[0], (Dictionary<string, string>)row[1]);
            var fields = ValidFields(Unique("Bad"));
            foreach (var (k, v) in bad)
                fields[k] = v;
            var page = await founder.Client.SubmitAsync($"/projects/new?startupId={startup}", fields, ProjectForm);

            Assert.True(page.Status == HttpStatusCode.BadRequest, $"{field} = {string.Join(",", bad.Values)} answered {(int)page.Status}");
            Assert.True(page.FieldError(field) is not null, $"No message at {field} for {string.Join(",", bad.Values)}: {page.Text("form")}");
            // The form comes back with what was typed.
            Assert.Equal(fields["SummaryEn"].Length > 0 ? fields["SummaryEn"] : "", page.Document.QuerySelector<IHtmlTextAreaElement>("#SummaryEn")!.Value.Replace("\r", ""));
        }
        Assert.False(await app.QueryAsync(db => db.Projects.AnyAsync(p => p.StartupId == startup)));

        // Editing is held to the same rules.
        var id = await CreateAsync(founder, startup, Unique("Good"));
        var versionBefore = (await ProjectAsync(id)).Version;
        var edit = await founder.Client.SubmitAsync($"/projects/{id}/edit", new Dictionary<string, string> { ["SeekingCurrency"] = "BTC" }, ProjectForm);
        Assert.Equal(HttpStatusCode.BadRequest, edit.Status);
        Assert.NotNull(edit.FieldError("SeekingCurrency"));
        Assert.Equal("CNY", (await ProjectAsync(id)).SeekingCurrency);
        Assert.Equal(versionBefore, (await ProjectAsync(id)).Version);
    }

    [Fact]
    public async Task Should_refuse_a_project_for_a_startup_the_user_does_not_own()
    {
        var founder = await Users.RegisterAsync(app);
        var other = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/projects/new?startupId={startup}")).Status);
        var ownForm = await founder.Client.GetAsync($"/projects/new?startupId={startup}");
        var posted = await other.Client.PostAsync("/projects/new", ValidFields("Not mine").Append(KeyValuePair.Create("StartupId", startup.ToString()))
            .Append(KeyValuePair.Create("__RequestVerificationToken", Infrastructure.WebClient.TokenOf(await other.Client.GetAsync("/")))));
        Assert.Equal(HttpStatusCode.NotFound, posted.Status);
        Assert.Equal(HttpStatusCode.OK, ownForm.Status);
        Assert.False(await app.QueryAsync(db => db.Projects.AnyAsync(p => p.StartupId == startup)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectTestsOnSqlite(SqliteApp app) : ProjectTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectTestsOnPostgreSql(PostgresApp app) : ProjectTests(app);
