using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Marketplace.Application.Accounts;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Researchers;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WebClient = Marketplace.IntegrationTests.Infrastructure.WebClient;

namespace Marketplace.IntegrationTests;

/// <summary>
/// Links come from routes: every link and form on the pages each role starts from, and on the pages those link to,
/// reaches a page of the site (a renamed route or a wrong route value would answer 404); and the links e-mails carry,
/// built without a request from the route patterns the controllers use, are the ones the web's routing makes.
/// </summary>
public abstract class LinkTests(MarketplaceApp app)
{
    private sealed record Market(TestUser Founder, TestUser Manager, TestUser Researcher, TestUser Admin,
        Guid StartupId, Guid ProjectId, Guid FundId, Guid PositionId, Guid ResearcherProfileId);

    private async Task<Market> MarketAsync()
    {
        var founder = await Users.RegisterAsync(app, RoleNames.Founder);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        var admin = await Users.AdminAsync(app);
        var startupId = await TestStartups.CreateAsync(app, founder);
        var projectId = await TestProjects.ProjectAsync(app, startupId, "Link check " + TestProjects.Marker());
        await app.QueryAsync(db =>
        {
            db.ProjectConfidentials.Add(new ProjectConfidential(projectId));
            return db.SaveChangesAsync();
        });
        var fundId = await TestFunds.CreateAsync(app, manager);
        var positionId = await PublishedPositions.CreateAsync(app, founder.Id, startupId: startupId);
        var profileId = await PublishedPositions.ProfileAsync(app, researcher.Id, "Link check researcher", ResearcherVisibility.Public);
        return new Market(founder, manager, researcher, admin, startupId, projectId, fundId, positionId, profileId);
    }

    [Fact]
    public async Task Every_link_and_form_on_each_roles_main_pages_reaches_a_page_of_the_site()
    {
        var m = await MarketAsync();
        using var anonymous = app.NewClient();
        var roles = new (string Role, WebClient Client, string[] Start, string[] Expected)[]
        {
            ("anonymous", anonymous, ["/", "/clusters", "/clusters/hangzhou", "/projects", "/funds", "/positions", $"/projects/{m.ProjectId}", $"/positions/{m.PositionId}"],
                ["/account/register", "/account/login", $"/startups/{m.StartupId}", "/clusters/hangzhou"]),
            ("founder", m.Founder.Client, ["/dashboard", $"/startups/{m.StartupId}", $"/projects/{m.ProjectId}"],
                [$"/projects/new?startupId={m.StartupId}", $"/startups/{m.StartupId}/edit", $"/startups/{m.StartupId}/team", $"/projects/{m.ProjectId}/edit",
                 $"/projects/{m.ProjectId}/confidential", "/startups/new", "/applications", "/account/profile"]),
            ("fund-manager", m.Manager.Client, ["/dashboard", $"/funds/{m.FundId}", "/funds/mine"],
                [$"/funds/{m.FundId}/pipeline", $"/funds/{m.FundId}/inbox", $"/funds/{m.FundId}/mandate", $"/funds/{m.FundId}/team",
                 $"/recommendations/fund/{m.FundId}", "/funds/new", "/researchers"]),
            ("researcher", m.Researcher.Client, ["/dashboard", "/researcher/profile", $"/positions/{m.PositionId}"],
                ["/researcher/applications", $"/researchers/{m.ResearcherProfileId}"]),
            ("admin", m.Admin.Client, ["/admin", "/admin/moderation", "/admin/clusters", "/admin/rates"],
                ["/admin/audit", "/admin/clusters/new", "/admin/rates/new", "/admin/clusters/hangzhou/edit"]),
        };
        foreach (var (role, client, start, expected) in roles)
        {
            var links = new HashSet<string>(StringComparer.Ordinal);
            var posts = new HashSet<string>(StringComparer.Ordinal);
            var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
            var read = new HashSet<string>(StringComparer.Ordinal);
            var failures = new List<string>();

            async Task ReadAsync(string url, bool follow)
            {
                if (!read.Add(url))
                    return;
                var page = await client.GetAsync(url);
                if (page.Status is HttpStatusCode.NotFound || (int)page.Status >= 500)
                    failures.Add($"{role}: GET {url} answered {(int)page.Status}");
                if (!follow || page.Status != HttpStatusCode.OK || page.ContentType != "text/html")
                    return;
                foreach (var href in page.Document.QuerySelectorAll<IHtmlAnchorElement>("a[href]").Select(a => a.GetAttribute("href")!))
                    if (Local(href) is { } local)
                        links.Add(local);
                foreach (var form in page.Document.QuerySelectorAll<IHtmlFormElement>("form[action]"))
                    if (Local(form.GetAttribute("action")) is { } local)
                        (string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase) ? posts : links).Add(local);
            }

            foreach (var url in start)
                await ReadAsync(url, follow: true);
            foreach (var url in expected)
                Assert.True(links.Contains(url), $"{role}: no link to {url} on {string.Join(", ", start)}");
            // One more step from the start pages: two pages of each shape (a project's page, not every project's).
            foreach (var url in links.ToList().Where(u => !u.StartsWith("/admin/jobs", StringComparison.Ordinal)))
            {
                var shape = FormCrawler.Pattern(url);
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                if (shapes[shape] <= 2)
                    await ReadAsync(url, follow: true);
            }
            // A form that posts, sent without its anti-forgery token, is refused with 400 by the action its route
            // reaches (and changes nothing); 404 or 405 would mean that no POST action answers there.
            foreach (var action in posts)
            {
                using var response = await client.Http.PostAsync(action, new FormUrlEncodedContent([]));
                if (response.StatusCode != HttpStatusCode.BadRequest)
                    failures.Add($"{role}: POST {action} answered {(int)response.StatusCode}");
            }

            Assert.True(read.Count > start.Length + 10, $"{role}: only {read.Count} pages were reached");
            Assert.True(role == "anonymous" || posts.Count > 0, $"{role}: no form that posts was found");
            Assert.Empty(failures);
        }
    }

    [Fact]
    public async Task Links_in_emails_are_the_urls_the_webs_routing_makes_and_open_their_pages()
    {
        var userId = Guid.NewGuid();
        const string token = "CfDJ8+a/b=c d";
        const string invitation = "Zm9vYmFyYmF6cXV4_-0123456789abcdefghijklmno";
        var links = app.Services.GetRequiredService<IAppLinks>();
        var routing = app.Services.GetRequiredService<LinkGenerator>();
        // Outside a request and without App:BaseUrl, links point at the development address.
        var host = new HostString("localhost:5000");
        string Routed(string action, string controller, object values) => routing.GetUriByAction(action, controller, values, "http", host)!;

        Assert.Equal(Routed("ConfirmEmail", "Account", new { userId, token }), links.ConfirmEmail(userId, token));
        Assert.Equal(Routed("ResetPassword", "Account", new { userId, token }), links.ResetPassword(userId, token));
        Assert.Equal(Routed("Invitation", "Startups", new { token = invitation }), links.StartupInvitation(invitation));
        Assert.Equal(Routed("Invitation", "FundPages", new { token = invitation }), links.FundInvitation(invitation));
        Assert.Equal($"http://localhost:5000/account/reset-password?userId={userId}&token=CfDJ8%2Ba%2Fb%3Dc%20d", links.ResetPassword(userId, token));
        Assert.Equal($"http://localhost:5000/funds/invitations/{invitation}", links.FundInvitation(invitation));
        Assert.Equal("http://localhost:5000/dashboard", links.Page("/dashboard"));

        // The reset link opens the reset form for that user and token.
        using var client = app.NewClient();
        var page = await client.GetAsync(new Uri(links.ResetPassword(userId, token)).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(userId.ToString(), page.Document.QuerySelector<IHtmlInputElement>("input[name=UserId]")?.Value);
        Assert.Equal(token, page.Document.QuerySelector<IHtmlInputElement>("input[name=Token]")?.Value);
    }

    /// <summary>A path on this site from an href or a form action, without its fragment; null for anything else.</summary>
    private static string? Local(string? url)
    {
        if (string.IsNullOrEmpty(url) || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
            return null;
        var path = url.Split('#')[0];
        return path.Length == 0 || Path.HasExtension(path.Split('?')[0]) || path.StartsWith("/lib/", StringComparison.Ordinal) ? null : path;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LinkTestsOnSqlite(SqliteApp app) : LinkTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LinkTestsOnPostgreSql(PostgresApp app) : LinkTests(app);
