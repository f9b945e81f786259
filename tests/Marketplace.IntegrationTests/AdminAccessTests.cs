using System.Net;
using Hangfire;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Users;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests;

/// <summary>Every administration URL refuses founders (403) and anonymous users (sign-in), and their POSTs change nothing.</summary>
public abstract class AdminAccessTests(MarketplaceApp app)
{
    private sealed record Target(Guid RequestId, Guid UserId, string UserName, string ClusterKey, string NewClusterKey, int ClusterVersion);

    private async Task<Target> ArrangeAsync()
    {
        var author = await Users.RegisterAsync(app, displayName: "Author " + Guid.NewGuid().ToString("N")[..8]);
        await author.Client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Proposed " + Guid.NewGuid().ToString("N")[..8] });
        var requestId = await app.QueryAsync(db => db.ModerationRequests
            .Where(r => r.ContentType == UserProfile.ContentType && r.ContentId == author.Id).Select(r => r.Id).SingleAsync());
        var (key, id) = await TestClusters.CreateAsync(app);
        var version = await app.QueryAsync(db => db.Clusters.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        return new Target(requestId, author.Id, author.DisplayName, key, TestClusters.UniqueKey("refused"), version);
    }

    private static IEnumerable<string> GetUrls(Target t) =>
    [
        "/admin/moderation",
        "/admin/moderation?contentType=user-profile",
        $"/admin/moderation/{t.RequestId}",
        "/admin/audit",
        "/admin/clusters",
        "/admin/clusters/new",
        $"/admin/clusters/{t.ClusterKey}/edit",
    ];

    private static IEnumerable<(string Url, Dictionary<string, string> Fields)> Posts(Target t) =>
    [
        ($"/admin/moderation/{t.RequestId}", new() { ["Verdict"] = "Approve", ["Version"] = "0" }),
        ("/admin/clusters/new", new()
        {
            ["Key"] = t.NewClusterKey, ["NameEn"] = "Refused", ["CountryCode"] = "CN", ["Mode"] = "application-scenario",
        }),
        ($"/admin/clusters/{t.ClusterKey}/edit", new()
        {
            ["NameEn"] = "Hijacked", ["CountryCode"] = "US", ["Mode"] = "institution-supply", ["Version"] = t.ClusterVersion.ToString(),
        }),
        ("/admin/clusters/refresh-statistics", new()),
    ];

    private static IEnumerable<KeyValuePair<string, string>> WithToken(Dictionary<string, string> fields, string token) =>
        fields.Append(new("__RequestVerificationToken", token));

    private async Task<(int AuditJobLines, long Enqueued)> SideEffectsAsync()
    {
        var lines = await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Job"));
        var enqueued = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount("default");
        return (lines, enqueued);
    }

    private async Task AssertNothingChangedAsync(Target t, (int, long) sideEffectsBefore)
    {
        var request = await app.QueryAsync(db => db.ModerationRequests.AsNoTracking().SingleAsync(r => r.Id == t.RequestId));
        Assert.Equal(ModerationDecision.Pending, request.Decision);
        Assert.Equal(t.UserName, await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == t.UserId).Select(p => p.DisplayName).SingleAsync()));
        Assert.False(await app.QueryAsync(db => db.Clusters.AnyAsync(c => c.Key == t.NewClusterKey)));
        var cluster = await app.QueryAsync(db => db.Clusters.AsNoTracking().SingleAsync(c => c.Key == t.ClusterKey));
        Assert.Equal(("Test cluster " + t.ClusterKey, "CN", t.ClusterVersion), (cluster.Name.En, cluster.CountryCode, cluster.Version));
        Assert.Equal(sideEffectsBefore, await SideEffectsAsync());
    }

    [Fact]
    public async Task A_founder_gets_403_on_every_admin_url_and_changes_nothing()
    {
        var target = await ArrangeAsync();
        var founder = await Users.RegisterAsync(app);
        // A valid anti-forgery token of the founder's own, so only the role check can refuse the POSTs.
        var token = Infrastructure.WebClient.TokenOf(await founder.Client.GetAsync("/account/profile"));
        var before = await SideEffectsAsync();

        foreach (var url in GetUrls(target))
        {
            var page = await founder.Client.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.Forbidden, $"GET {url} answered {(int)page.Status}");
            Assert.Equal("Access denied", page.Text("h1"));
        }
        foreach (var (url, fields) in Posts(target))
        {
            var page = await founder.Client.PostAsync(url, WithToken(fields, token));
            Assert.True(page.Status == HttpStatusCode.Forbidden, $"POST {url} answered {(int)page.Status}");
        }

        await AssertNothingChangedAsync(target, before);
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_from_every_admin_url_and_change_nothing()
    {
        var target = await ArrangeAsync();
        using var anonymous = app.NewClient();
        var token = Infrastructure.WebClient.TokenOf(await anonymous.GetAsync("/account/login"));
        var before = await SideEffectsAsync();

        foreach (var url in GetUrls(target))
        {
            var page = await anonymous.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.Redirect, $"GET {url} answered {(int)page.Status}");
            Assert.StartsWith("/account/login?ReturnUrl=", Redirects.PathOf(page.Location));
        }
        foreach (var (url, fields) in Posts(target))
        {
            var page = await anonymous.PostAsync(url, WithToken(fields, token));
            Assert.True(page.Status == HttpStatusCode.Redirect, $"POST {url} answered {(int)page.Status}");
            Assert.StartsWith("/account/login", Redirects.PathOf(page.Location));
        }

        await AssertNothingChangedAsync(target, before);
    }

    [Fact]
    public async Task Administrators_see_the_admin_links_and_others_do_not()
    {
        var admin = await Users.AdminAsync(app);
        var founder = await Users.RegisterAsync(app);
        var adminHome = await admin.Client.GetAsync("/");
        var founderHome = await founder.Client.GetAsync("/");
        foreach (var href in new[] { "/admin/moderation", "/admin/clusters", "/admin/audit", "/admin/jobs" })
        {
            Assert.NotNull(adminHome.Document.QuerySelector($"nav a[href='{href}']"));
            Assert.Null(founderHome.Document.QuerySelector($"nav a[href='{href}']"));
        }
        Assert.NotNull(founderHome.Document.QuerySelector("nav a[data-testid=nav-my-profile]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdminAccessTestsOnSqlite(SqliteApp app) : AdminAccessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AdminAccessTestsOnPostgreSql(PostgresApp app) : AdminAccessTests(app);
