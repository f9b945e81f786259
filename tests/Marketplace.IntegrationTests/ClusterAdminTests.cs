using System.Net;
using AngleSharp.Dom;
using Hangfire;
using Hangfire.Storage;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Marketplace.Infrastructure.Jobs;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests;

/// <summary>Administrators add and edit clusters; the statistics job fills the counts the cluster pages show.</summary>
public abstract class ClusterAdminTests(MarketplaceApp app)
{
    [Fact]
    public async Task An_administrator_adds_a_cluster_that_gets_its_own_page()
    {
        var admin = await Users.AdminAsync(app);
        var key = TestClusters.UniqueKey("chengdu");
        var saved = await admin.Client.SubmitAsync("/admin/clusters/new", new Dictionary<string, string>
        {
            ["Key"] = key,
            ["NameEn"] = "Chengdu",
            ["NameZh"] = "成都",
            ["CountryCode"] = "cn",
            ["Region"] = "Sichuan",
            ["Mode"] = "application-scenario",
            ["DescriptionEn"] = "Games, audiovisual and smart-city scenarios.",
            ["DescriptionZh"] = "游戏、视听与智慧城市场景。",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal($"/clusters/{key}", Redirects.PathOf(saved.Location));

        var cluster = await app.QueryAsync(db => db.Clusters.AsNoTracking().SingleAsync(c => c.Key == key));
        Assert.Equal(("Chengdu", "成都", "CN", "Sichuan", DevelopmentMode.ApplicationScenario), (cluster.Name.En, cluster.Name.Zh, cluster.CountryCode, cluster.Region, cluster.Mode));
        var page = await admin.Client.GetAsync($"/clusters/{key}?culture=zh-Hans");
        Assert.Equal("成都", page.Text("h1"));
        Assert.Equal("游戏、视听与智慧城市场景。", page.Text("[data-testid=description]"));
        var list = await admin.Client.GetAsync("/admin/clusters");
        Assert.NotNull(list.Document.QuerySelector($"tr[data-cluster='{key}'] a[href='/admin/clusters/{key}/edit']"));
    }

    [Fact]
    public async Task A_new_cluster_with_bad_input_is_refused_at_each_field_and_nothing_is_saved()
    {
        var admin = await Users.AdminAsync(app);
        var page = await admin.Client.SubmitAsync("/admin/clusters/new", new Dictionary<string, string>
        {
            ["Key"] = "Not A Code",
            ["NameEn"] = "",
            ["NameZh"] = "",
            ["CountryCode"] = "China",
            ["Mode"] = "",
        });
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Use lowercase letters, digits and single hyphens, such as chengdu or greater-bay-area.", page.FieldError("Key"));
        Assert.Equal("Enter it in English or in Chinese (at least one).", page.FieldError("NameEn"));
        Assert.Equal("Use a two-letter country code such as CN, US or CA.", page.FieldError("CountryCode"));
        Assert.Equal("Choose one of the values offered.", page.FieldError("Mode"));
        Assert.False(await app.QueryAsync(db => db.Clusters.AnyAsync(c => c.Key == "Not A Code")));

        var taken = await admin.Client.SubmitAsync("/admin/clusters/new", new Dictionary<string, string>
        {
            ["Key"] = "beijing", ["NameEn"] = "Another Beijing", ["CountryCode"] = "CN", ["Mode"] = "technology-breakthrough",
        });
        Assert.Equal(HttpStatusCode.BadRequest, taken.Status);
        Assert.Equal("A cluster with this key already exists.", taken.FieldError("Key"));
        Assert.Equal("Beijing", await app.QueryAsync(db => db.Clusters.Where(c => c.Key == "beijing").Select(c => c.Name.En).SingleAsync()));
    }

    [Fact]
    public async Task An_edit_with_no_name_is_refused_at_the_field_and_changes_nothing()
    {
        var (key, id) = await TestClusters.CreateAsync(app);
        var admin = await Users.AdminAsync(app);
        var page = await admin.Client.SubmitAsync($"/admin/clusters/{key}/edit", new Dictionary<string, string> { ["NameEn"] = " ", ["NameZh"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Enter it in English or in Chinese (at least one).", page.FieldError("NameEn"));
        Assert.Equal("测试集群", await app.QueryAsync(db => db.Clusters.Where(c => c.Id == id).Select(c => c.Name.Zh).SingleAsync()));
    }

    [Fact]
    public async Task When_two_administrators_edit_the_same_cluster_the_second_gets_409_and_the_first_ones_values_stay()
    {
        var (key, id) = await TestClusters.CreateAsync(app);
        var first = await Users.AdminAsync(app);
        var second = await Users.AdminAsync(app);
        var firstForm = await first.Client.GetAsync($"/admin/clusters/{key}/edit");
        var secondForm = await second.Client.GetAsync($"/admin/clusters/{key}/edit");

        var saved = await first.Client.SubmitAsync(firstForm, new Dictionary<string, string> { ["NameEn"] = "First admin's name" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var conflict = await second.Client.SubmitAsync(secondForm, new Dictionary<string, string> { ["NameEn"] = "Second admin's name" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("Someone else saved this in the meantime. Reload the page to see their changes, then make yours again.",
            conflict.Text("[data-testid=form-errors] li"));
        // The second admin gets their input back to copy from.
        Assert.Equal("Second admin's name", conflict.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#NameEn")!.Value);
        var cluster = await app.QueryAsync(db => db.Clusters.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("First admin's name", cluster.Name.En);
        Assert.Equal(1, cluster.Version);
        Assert.Equal(1, await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == id.ToString() && e.UseCase == "UpdateCluster")));
    }

    [Fact]
    public async Task The_statistics_job_counts_the_members_of_a_cluster_and_running_it_twice_gives_the_same_counts()
    {
        var (key, id) = await TestClusters.CreateAsync(app);
        var members = new[]
        {
            await Users.RegisterAsync(app, RoleNames.Founder),
            await Users.RegisterAsync(app, RoleNames.Founder),
            await Users.RegisterAsync(app, RoleNames.FundManager),
            await Users.RegisterAsync(app, RoleNames.Researcher),
        };
        foreach (var member in members)
        {
            var saved = await member.Client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["HomeClusterKey"] = key });
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        }
        // Staff are not members of the market.
        var admin = await Users.AdminAsync(app);
        await admin.Client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["HomeClusterKey"] = key });

        using var anonymous = app.NewClient();
        var before = await anonymous.GetAsync($"/clusters/{key}");
        Assert.Equal("0", before.Text("[data-testid=count-members]"));
        Assert.Contains("Not counted yet", before.Text("[data-testid=counted-at]"));

        await RunJobAsync();
        var after = await anonymous.GetAsync($"/clusters/{key}");
        var counts = Counts(after);
        Assert.Equal(("4", "2", "1", "1"), counts);
        Assert.Contains("UTC", after.Text("[data-testid=counted-at]"));

        await RunJobAsync();
        Assert.Equal(counts, Counts(await anonymous.GetAsync($"/clusters/{key}")));
        var stats = await app.QueryAsync(db => db.ClusterStatistics.AsNoTracking().Where(s => s.ClusterId == id).ToListAsync());
        Assert.Equal(4, Assert.Single(stats).Members);
        var listed = await anonymous.GetAsync("/clusters");
        Assert.Equal("4", listed.Document.QuerySelector($"tr[data-cluster='{key}'] td.text-end")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_statistics_job_is_registered_as_a_recurring_job_with_a_fixed_id()
    {
        var storage = app.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == "cluster-statistics");
        Assert.Equal(typeof(RefreshClusterStatisticsJob), job.Job.Type);
        Assert.Equal(nameof(RefreshClusterStatisticsJob.RunAsync), job.Job.Method.Name);
        Assert.Equal("*/10 * * * *", job.Cron);

        // Registering again (every start-up does) updates the same entry rather than adding one.
        RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>());
        using var again = storage.GetConnection();
        Assert.Single(again.GetRecurringJobs(), j => j.Id == "cluster-statistics");
    }

    private Task RunJobAsync() =>
        app.RunAsSystemAsync(sp => sp.GetRequiredService<RefreshClusterStatisticsJob>().RunAsync(CancellationToken.None));

    private static (string?, string?, string?, string?) Counts(Page page) => (
        page.Text("[data-testid=count-members]"),
        page.Text("[data-testid=count-founders]"),
        page.Text("[data-testid=count-fund-managers]"),
        page.Text("[data-testid=count-researchers]"));
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterAdminTestsOnSqlite(SqliteApp app) : ClusterAdminTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterAdminTestsOnPostgreSql(PostgresApp app) : ClusterAdminTests(app);
