using System.Net;
using System.Text.Json;
using Marketplace.Domain.Common;
using Marketplace.IntegrationTests.Infrastructure;

namespace Marketplace.IntegrationTests;

public abstract class SiteTests(MarketplaceApp app)
{
    [Fact]
    public async Task Health_reports_database_and_job_storage()
    {
        using var client = app.NewClient();
        var response = await client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("en", "Beijing", "Technology-breakthrough-driven")]
    [InlineData("zh-Hans", "北京", "技术突破驱动型")]
    public async Task Clusters_lists_the_nine_reference_clusters_with_their_modes(string culture, string beijing, string beijingMode)
    {
        using var client = app.NewClient();
        var page = await client.GetAsync($"/clusters?culture={culture}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("tr[data-cluster]").Select(r => r.GetAttribute("data-cluster") ?? "").ToList();
        Assert.Equal(Codes.ReferenceClusters, rows.Where(k => Codes.ReferenceClusters.Contains(k)).ToList());
        var row = page.Document.QuerySelector("tr[data-cluster=beijing]")!;
        Assert.Equal(beijing, row.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal(beijingMode, row.QuerySelector("[data-testid=mode]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Cluster_page_shows_description_mode_and_counts_in_chinese_from_accept_language()
    {
        using var client = app.NewClient();
        var page = await client.GetAsync("/clusters/montreal", acceptLanguage: "zh-CN,zh;q=0.9");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("蒙特利尔", page.Text("h1"));
        Assert.Equal("制度供给驱动型", page.Text("[data-testid=mode]"));
        Assert.Contains("Mila", page.Text("[data-testid=description]"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=counts]"));
    }

    [Fact]
    public async Task Unknown_cluster_is_a_localized_404()
    {
        using var client = app.NewClient();
        var page = await client.GetAsync("/clusters/atlantis?culture=zh-Hans");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("未找到", page.Text("h1"));
    }

    [Fact]
    public async Task Language_switcher_sets_a_cookie_that_later_pages_honour()
    {
        using var client = app.NewClient();
        var home = await client.GetAsync("/");
        var switched = await client.SubmitAsync(home, new Dictionary<string, string>(), "#culture-switcher", "culture", "zh-Hans");
        Assert.Equal(HttpStatusCode.Redirect, switched.Status);

        var page = await client.GetAsync("/clusters");
        Assert.Equal("人工智能产业集群", page.Text("h1"));
        Assert.Equal("zh-Hans", page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        using var client = app.NewClient();
        var page = await client.PostAsync("/account/login", [new("Email", "x@example.org"), new("Password", "whatever-password")]);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        using var client = app.NewClient();
        var response = await client.Http.GetAsync("/");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Job_dashboard_is_refused_to_anyone_but_an_administrator()
    {
        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/admin/jobs")).StatusCode);

        var founder = await Users.RegisterAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await founder.Client.Http.GetAsync("/admin/jobs")).StatusCode);

        var admin = await Users.AdminAsync(app);
        var response = await admin.Client.Http.GetAsync("/admin/jobs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Marketplace jobs", await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SiteTestsOnSqlite(SqliteApp app) : SiteTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SiteTestsOnPostgreSql(PostgresApp app) : SiteTests(app);
