using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Users;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>The moderation workflow proved on display names: /account/profile and /admin/moderation.</summary>
public abstract class ProfileModerationTests(MarketplaceApp app)
{
    private const string DecisionForm = "main form[data-testid=decision-form]";

    private static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..30];

    private static Task<Page> ChangeNameAsync(TestUser user, string name) =>
        user.Client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = name });

    private Task<string> PublishedNameAsync(Guid userId) =>
        app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == userId).Select(p => p.DisplayName).SingleAsync());

    private Task<List<ModerationRequest>> RequestsOfAsync(Guid userId) =>
        app.QueryAsync(db => db.ModerationRequests.AsNoTracking()
            .Where(r => r.ContentType == UserProfile.ContentType && r.ContentId == userId)
            .OrderBy(r => r.SubmittedAt).ToListAsync());

    private static Task<Page> DecideAsync(TestUser admin, Page details, string verdict, string reason) =>
        admin.Client.SubmitAsync(details, new Dictionary<string, string> { ["Reason"] = reason }, DecisionForm, "Verdict", verdict);

    [Fact]
    public async Task A_new_display_name_waits_for_review_and_is_published_when_an_administrator_approves_it()
    {
        var original = UniqueName("Ada");
        var proposed = UniqueName("Ada Lovelace");
        var user = await Users.RegisterAsync(app, displayName: original);
        var admin = await Users.AdminAsync(app);

        var saved = await ChangeNameAsync(user, proposed);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("/account/profile", Redirects.PathOf(saved.Location));

        // Held for review: the published name is unchanged in the database and on the page.
        Assert.Equal(original, await PublishedNameAsync(user.Id));
        var request = Assert.Single(await RequestsOfAsync(user.Id));
        Assert.Equal(ModerationDecision.Pending, request.Decision);
        Assert.Equal(ModerationKind.Revision, request.Kind);
        Assert.Equal(proposed, request.Summary);
        var profile = await user.Client.GetAsync("/account/profile");
        Assert.Equal(original, profile.Text("[data-testid=published-name]"));
        Assert.Contains(proposed, profile.Text("[data-testid=name-pending]"));
        Assert.Equal(proposed, profile.Document.QuerySelector<IHtmlInputElement>("#DisplayName")!.Value);

        // The queue lists it (oldest first, so it is on the last page of profile requests).
        var queue = await admin.Client.GetAsync("/admin/moderation?contentType=user-profile");
        var total = int.Parse(queue.Document.QuerySelector("[data-testid=total]")!.GetAttribute("data-total")!);
        var lastPage = await admin.Client.GetAsync($"/admin/moderation?contentType=user-profile&page={(total + 19) / 20}");
        var row = lastPage.Document.QuerySelector($"tr[data-request='{request.Id}']");
        Assert.NotNull(row);
        Assert.Contains(original, row.TextContent);

        // The review page shows what is published next to what is proposed.
        var details = await admin.Client.GetAsync($"/admin/moderation/{request.Id}");
        Assert.Equal(HttpStatusCode.OK, details.Status);
        Assert.Equal(original, details.Text("tr[data-field=DisplayName] [data-testid=current]"));
        Assert.Equal(proposed, details.Text("tr[data-field=DisplayName] [data-testid=proposed]"));

        var decided = await DecideAsync(admin, details, "Approve", "");
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);

        Assert.Equal(proposed, await PublishedNameAsync(user.Id));
        var approved = Assert.Single(await RequestsOfAsync(user.Id));
        Assert.Equal(ModerationDecision.Approved, approved.Decision);
        Assert.Equal(admin.Id, approved.DecidedById);
        profile = await user.Client.GetAsync("/account/profile");
        Assert.Equal(proposed, profile.Text("[data-testid=published-name]"));
        Assert.Null(profile.Document.QuerySelector("[data-testid=name-pending]"));

        // Deciding the same request again is a conflict, not a second decision.
        var again = await DecideAsync(admin, details, "Reject", "Too late");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(ModerationDecision.Approved, Assert.Single(await RequestsOfAsync(user.Id)).Decision);
    }

    [Fact]
    public async Task The_navigation_shows_an_approved_name_at_once_without_signing_in_again()
    {
        var original = UniqueName("Nav");
        var proposed = UniqueName("Nav Renamed");
        var user = await Users.RegisterAsync(app, displayName: original);
        var admin = await Users.AdminAsync(app);
        Assert.Equal(original, (await user.Client.GetAsync("/")).Text("[data-testid=nav-profile]"));

        Assert.Equal(HttpStatusCode.Redirect, (await ChangeNameAsync(user, proposed)).Status);
        // Waiting for review: the navigation keeps the published name.
        Assert.Equal(original, (await user.Client.GetAsync("/")).Text("[data-testid=nav-profile]"));

        var request = Assert.Single(await RequestsOfAsync(user.Id));
        var details = await admin.Client.GetAsync($"/admin/moderation/{request.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(admin, details, "Approve", "")).Status);

        // Same sign-in cookie, issued with the old name: the navigation reads the published one.
        var home = await user.Client.GetAsync("/");
        Assert.Equal(proposed, home.Text("[data-testid=nav-profile]"));
        Assert.Equal("/account/profile", home.Document.QuerySelector("a[data-testid=nav-profile]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("Reject", ModerationDecision.Rejected, "name-refused")]
    [InlineData("RequestChanges", ModerationDecision.ChangesRequested, "name-refused")]
    public async Task A_refused_name_shows_the_reason_on_the_profile_page_and_changes_nothing(string verdict, ModerationDecision expected, string testId)
    {
        var original = UniqueName("Grace");
        var proposed = UniqueName("BUY CHEAP GPUS");
        var user = await Users.RegisterAsync(app, displayName: original);
        var admin = await Users.AdminAsync(app);
        await ChangeNameAsync(user, proposed);
        var request = Assert.Single(await RequestsOfAsync(user.Id));

        var details = await admin.Client.GetAsync($"/admin/moderation/{request.Id}");
        var decided = await DecideAsync(admin, details, verdict, "Display names must not advertise.");
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);

        Assert.Equal(original, await PublishedNameAsync(user.Id));
        var refused = Assert.Single(await RequestsOfAsync(user.Id));
        Assert.Equal(expected, refused.Decision);
        Assert.Equal("Display names must not advertise.", refused.Reason);

        var profile = await user.Client.GetAsync("/account/profile");
        Assert.Equal(original, profile.Text("[data-testid=published-name]"));
        Assert.Contains(proposed, profile.Text($"[data-testid={testId}]"));
        Assert.Equal("Display names must not advertise.", profile.Text("[data-testid=refusal-reason]"));
        Assert.Null(profile.Document.QuerySelector("[data-testid=name-pending]"));
    }

    [Theory]
    [InlineData("Reject")]
    [InlineData("RequestChanges")]
    public async Task Refusing_without_a_reason_is_a_400_at_the_reason_field_and_decides_nothing(string verdict)
    {
        var original = UniqueName("Alan");
        var proposed = UniqueName("Alan Turing");
        var user = await Users.RegisterAsync(app, displayName: original);
        var admin = await Users.AdminAsync(app);
        await ChangeNameAsync(user, proposed);
        var request = Assert.Single(await RequestsOfAsync(user.Id));

        var details = await admin.Client.GetAsync($"/admin/moderation/{request.Id}");
        var refused = await DecideAsync(admin, details, verdict, "   ");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Give a reason: the author will read it.", refused.FieldError("Reason"));
        // The page comes back whole: the proposal is still shown next to the form.
        Assert.Equal(proposed, refused.Text("tr[data-field=DisplayName] [data-testid=proposed]"));
        Assert.NotNull(refused.Document.QuerySelector(DecisionForm));
        var unchanged = Assert.Single(await RequestsOfAsync(user.Id));
        Assert.Equal(ModerationDecision.Pending, unchanged.Decision);
        Assert.Null(unchanged.DecidedById);
        Assert.Equal(original, await PublishedNameAsync(user.Id));

        // Tidy the queue for the tests that page through it.
        await DecideAsync(admin, await admin.Client.GetAsync($"/admin/moderation/{request.Id}"), verdict, "Tidying up.");
    }

    [Fact]
    public async Task A_second_name_supersedes_the_pending_one_and_going_back_withdraws_it()
    {
        var original = UniqueName("Emmy");
        var first = UniqueName("Emmy N");
        var second = UniqueName("Emmy Noether");
        var user = await Users.RegisterAsync(app, displayName: original);
        var admin = await Users.AdminAsync(app);

        await ChangeNameAsync(user, first);
        await ChangeNameAsync(user, second);
        var requests = await RequestsOfAsync(user.Id);
        Assert.Equal(2, requests.Count);
        Assert.Equal((first, ModerationDecision.Superseded), (requests[0].Summary, requests[0].Decision));
        Assert.Equal((second, ModerationDecision.Pending), (requests[1].Summary, requests[1].Decision));

        // Saving the form as it comes (only the language changes) keeps the same request in the queue.
        var saved = await user.Client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["Culture"] = "zh-Hans" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        requests = await RequestsOfAsync(user.Id);
        Assert.Equal(2, requests.Count);
        Assert.Equal(ModerationDecision.Pending, requests[1].Decision);

        // Asking for the published name again withdraws the pending one.
        await ChangeNameAsync(user, original);
        requests = await RequestsOfAsync(user.Id);
        Assert.Equal(2, requests.Count);
        Assert.Equal(ModerationDecision.Withdrawn, requests[1].Decision);
        Assert.Equal(original, await PublishedNameAsync(user.Id));

        // A superseded or withdrawn request can no longer be approved.
        var details = await admin.Client.GetAsync($"/admin/moderation/{requests[0].Id}");
        Assert.Null(details.Document.QuerySelector(DecisionForm));
        Assert.NotNull(details.Document.QuerySelector("[data-testid=decision]"));
    }

    [Fact]
    public async Task Language_and_home_cluster_apply_at_once()
    {
        var user = await Users.RegisterAsync(app, RoleNames.Researcher);
        var saved = await user.Client.SubmitAsync("/account/profile", new Dictionary<string, string>
        {
            ["Culture"] = "zh-Hans",
            ["HomeClusterKey"] = "montreal",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var stored = await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == user.Id)
            .Select(p => new { p.Culture, Cluster = db.Clusters.Where(c => c.Id == p.HomeClusterId).Select(c => c.Key).FirstOrDefault(), p.DisplayName })
            .SingleAsync());
        Assert.Equal(("zh-Hans", "montreal", user.DisplayName), (stored.Culture, stored.Cluster, stored.DisplayName));
        Assert.Empty(await RequestsOfAsync(user.Id));

        // The culture cookie was updated: the next page speaks Chinese without ?culture=.
        var profile = await user.Client.GetAsync("/account/profile");
        Assert.Equal("个人资料", profile.Text("h1"));
        Assert.Equal("zh-Hans", profile.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("个人资料已保存。", profile.Text("[data-testid=flash]"));
        Assert.Equal("montreal", profile.Document.QuerySelector<IHtmlSelectElement>("#HomeClusterKey")!.Value);
    }

    [Fact]
    public async Task A_stale_profile_form_is_a_409_with_the_concurrency_message_and_saves_nothing()
    {
        var user = await Users.RegisterAsync(app);
        var first = await user.Client.GetAsync("/account/profile");
        var second = await user.Client.GetAsync("/account/profile");

        var saved = await user.Client.SubmitAsync(first, new Dictionary<string, string> { ["HomeClusterKey"] = "hangzhou" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var stale = await user.Client.SubmitAsync(second, new Dictionary<string, string> { ["HomeClusterKey"] = "london" });
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Someone else saved this in the meantime", stale.Text("[data-testid=form-errors]"));
        Assert.NotNull(stale.Text("[data-testid=published-name]"));
        var cluster = await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == user.Id)
            .Select(p => db.Clusters.Where(c => c.Id == p.HomeClusterId).Select(c => c.Key).FirstOrDefault()).SingleAsync());
        Assert.Equal("hangzhou", cluster);
    }

    [Fact]
    public async Task Bad_profile_input_is_a_400_at_the_fields()
    {
        var user = await Users.RegisterAsync(app);
        var page = await user.Client.SubmitAsync("/account/profile", new Dictionary<string, string>
        {
            ["DisplayName"] = "",
            ["Culture"] = "fr",
            ["HomeClusterKey"] = "atlantis",
        });
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.NotNull(page.FieldError("DisplayName"));
        Assert.Equal("Choose one of the values offered.", page.FieldError("Culture"));
        Assert.Equal("Choose one of the values offered.", page.FieldError("HomeClusterKey"));
        Assert.Equal(user.DisplayName, page.Text("[data-testid=published-name]"));
        Assert.Empty(await RequestsOfAsync(user.Id));
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_from_the_profile_page()
    {
        using var client = app.NewClient();
        var page = await client.GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/login", Redirects.PathOf(page.Location));
    }

    [Fact]
    public async Task The_queue_shows_an_empty_state_when_nothing_matches()
    {
        var admin = await Users.AdminAsync(app);
        var page = await admin.Client.GetAsync("/admin/moderation?contentType=no-such-content");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Nothing is waiting for review.", page.Text("[data-testid=empty]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=queue]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProfileModerationTestsOnSqlite(SqliteApp app) : ProfileModerationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProfileModerationTestsOnPostgreSql(PostgresApp app) : ProfileModerationTests(app);
