using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Marketplace.Application.Conversations;
using Marketplace.Application.Funds.Applications;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Startups;
using Marketplace.Infrastructure;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using WebClient = Marketplace.IntegrationTests.Infrastructure.WebClient;

namespace Marketplace.IntegrationTests;

/// <summary>
/// The shell every page shares: pages that stay clean under the strict content security policy (no
/// inline style, script or event handler), user text isolated from the text around it (an Arabic name
/// or a U+202E cannot reorder the page), and a favicon.
/// </summary>
public abstract partial class ProductShellTests(MarketplaceApp app)
{
    private const string Override = "\u202E";

    private sealed record Fixture(
        TestUser Manager, TestUser Founder, TestUser Researcher, Guid FundId, Guid StartupId, Guid ProjectId, Guid DealId, Guid ConversationId,
        string Marker);

    /// <summary>
    /// A fund, a startup and its project whose names carry Arabic and a right-to-left override, a manager
    /// with an Arabic display name, and an accepted application: a conversation and a deal on the board.
    /// </summary>
    private async Task<Fixture> FixtureAsync()
    {
        var marker = TestProjects.Marker();
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager, $"سارة {marker}");
        var founder = await Users.RegisterAsync(app, RoleNames.Founder, "Fei Founder");
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher, "Rui Researcher");
        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command($"NLP {marker}", "public"));
        var (fundId, startupId, projectId) = await app.QueryAsync(async db =>
        {
            var fund = new Fund(new LocalizedText($"صندوق {Override}{marker} Fund", "测试基金"), "venture-capital");
            db.Funds.Add(fund);
            db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = manager.Id, Role = FundRoles.Partner, JoinedAt = DateTime.UtcNow });
            var clusterId = await db.Clusters.Where(c => c.Key == "hangzhou").Select(c => c.Id).SingleAsync();
            var startup = new Startup(new LocalizedText($"شركة {Override}{marker} Labs", "测试初创公司"), clusterId, "series-a") { Sectors = ["healthcare"] };
            db.Startups.Add(startup);
            db.StartupMembers.Add(new StartupMember { StartupId = startup.Id, UserId = founder.Id, JoinedAt = DateTime.UtcNow });
            var project = new Project(startup.Id, new LocalizedText($"{Override}{marker} مشروع التصوير الطبي", "测试项目"), 5_000_000, "CNY", "equity", "series-a")
            {
                Summary = new LocalizedText($"Models for clinics {marker}.", null),
                State = ModerationState.Published,
                PublishedAt = DateTime.UtcNow,
            };
            db.Projects.Add(project);
            db.ProjectConfidentials.Add(new ProjectConfidential(project.Id));
            await db.SaveChangesAsync();
            return (fund.Id, startup.Id, project.Id);
        });
        var applicationId = await app.SendAsync(new ApplyToFund.Command(fundId, projectId, "First line.\nSecond line."),
            MarketplaceApp.Principal(founder.Id, founder.Role));
        var version = await app.QueryAsync(db => db.FundApplications.Where(a => a.Id == applicationId).Select(a => a.Version).SingleAsync());
        var conversationId = await app.SendAsync(new AcceptApplication.Command(fundId, applicationId, version), MarketplaceApp.Principal(manager.Id, manager.Role));
        var dealId = await app.QueryAsync(db => db.Deals.Where(d => d.FundId == fundId && d.ProjectId == projectId).Select(d => d.Id).SingleAsync());
        await app.SendAsync(new AddDealNote.Command(fundId, dealId, $"Team {marker}\nlooks strong."), MarketplaceApp.Principal(manager.Id, manager.Role));
        await app.SendAsync(new SendMessage.Command(conversationId, "First line.\nSecond line."), MarketplaceApp.Principal(founder.Id, founder.Role));
        return new Fixture(manager, founder, researcher, fundId, startupId, projectId, dealId, conversationId, marker);
    }

    private static IEnumerable<(WebClient Client, string Url)> MainPages(Fixture f, WebClient anonymous)
    {
        foreach (var url in new[]
                 {
                     "/", "/clusters", "/clusters/hangzhou", "/projects", "/funds", "/positions", "/account/login", "/account/register",
                     $"/projects/{f.ProjectId}", $"/startups/{f.StartupId}", $"/funds/{f.FundId}",
                 })
            yield return (anonymous, url);
        foreach (var url in new[] { "/dashboard", "/applications", "/conversations", $"/conversations/{f.ConversationId}", $"/projects/{f.ProjectId}" })
            yield return (f.Founder.Client, url);
        foreach (var url in new[]
                 {
                     "/dashboard", $"/funds/{f.FundId}/pipeline", $"/funds/{f.FundId}/deals/{f.DealId}", $"/funds/{f.FundId}/pipeline/list",
                     $"/funds/{f.FundId}/ledger", $"/funds/{f.FundId}/inbox", $"/conversations/{f.ConversationId}", "/account/profile",
                 })
            yield return (f.Manager.Client, url);
        foreach (var url in new[] { "/dashboard", "/researcher/profile", "/researcher/applications" })
            yield return (f.Researcher.Client, url);
    }

    [Fact]
    public async Task Main_pages_have_no_inline_style_script_or_event_handler()
    {
        var f = await FixtureAsync();
        using var anonymous = app.NewClient();

        foreach (var (client, url) in MainPages(f, anonymous))
        {
            var page = await client.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {(int)page.Status}");
            Assert.DoesNotContain("style=\"", page.Html, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(page.Document.QuerySelectorAll("[style], style").Select(e => $"{url}: {e.OuterHtml}"));
            Assert.Empty(page.Document.QuerySelectorAll("script:not([src])").Select(e => $"{url}: {e.OuterHtml}"));
            Assert.Empty(page.Document.All.SelectMany(e => e.Attributes)
                .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"{url}: {a.Name}"));
        }
    }

    [Fact]
    public void No_view_writes_an_inline_style_script_or_event_handler()
    {
        var views = Path.Combine(ContentRoot.Find(), "src", "Marketplace.Web", "Views");
        var offences = Directory.EnumerateFiles(views, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => x.line.Contains("style=", StringComparison.OrdinalIgnoreCase) || InlineScript().IsMatch(x.line) || EventHandler().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(views, x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.NotEmpty(Directory.EnumerateFiles(views, "*.cshtml", SearchOption.AllDirectories));
        Assert.Empty(offences);
    }

    [Fact]
    public async Task Progress_and_multi_line_text_use_classes_the_policy_allows()
    {
        var f = await FixtureAsync();

        var dashboard = await f.Researcher.Client.GetAsync("/dashboard");
        var completeness = dashboard.Document.QuerySelector("[data-testid=completeness]")!;
        var bar = completeness.QuerySelector("progress[data-testid=completeness-bar]")!;
        Assert.Equal("100", bar.GetAttribute("max"));
        Assert.Equal(completeness.GetAttribute("data-percent"), bar.GetAttribute("value"));
        Assert.NotEqual("0", bar.GetAttribute("value"));

        var conversation = await f.Founder.Client.GetAsync($"/conversations/{f.ConversationId}");
        // The request's message opens the conversation too: every copy keeps its lines.
        var bodies = conversation.Document.QuerySelectorAll("[data-testid=message-body]").Where(e => e.TextContent.Contains("Second line.")).ToList();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, body => Assert.Contains("multiline", body.ClassList));
        Assert.All(bodies, body => Assert.Contains("First line.\nSecond line.", body.TextContent));
        var inbox = await f.Manager.Client.GetAsync($"/funds/{f.FundId}/inbox");
        Assert.Contains("multiline", inbox.Document.QuerySelector("[data-testid=message]")!.ClassList);

        var css = await (await app.NewClient().Http.GetAsync("/css/site.css")).Content.ReadAsStringAsync();
        Assert.Matches(@"\.multiline\s*\{\s*white-space:\s*pre-line;", css);
        Assert.Matches(@"\.pipeline-board\s*\{[^}]*grid-auto-columns:", css);
    }

    [Fact]
    public async Task User_text_with_arabic_and_a_right_to_left_override_is_isolated_on_the_pages_showing_it()
    {
        var f = await FixtureAsync();
        using var anonymous = app.NewClient();
        var pages = new (WebClient Client, string Url)[]
        {
            (anonymous, "/projects"), (anonymous, $"/projects/{f.ProjectId}"), (anonymous, $"/startups/{f.StartupId}"), (anonymous, $"/funds/{f.FundId}"),
            (anonymous, $"/funds?q={f.Marker}"), (f.Founder.Client, "/applications"), (f.Founder.Client, "/conversations"), (f.Founder.Client, $"/conversations/{f.ConversationId}"),
            (f.Manager.Client, $"/funds/{f.FundId}/pipeline"), (f.Manager.Client, $"/funds/{f.FundId}/deals/{f.DealId}"),
            (f.Manager.Client, $"/funds/{f.FundId}/pipeline/list"), (f.Manager.Client, $"/funds/{f.FundId}/inbox"), (f.Manager.Client, "/account/profile"),
        };

        foreach (var (client, url) in pages)
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var texts = page.Document.Body!.Descendants<IText>().Where(t => t.Data.Contains(f.Marker, StringComparison.Ordinal)).ToList();
            Assert.True(texts.Count > 0, $"{url} does not show {f.Marker}");
            var bare = texts.Where(t => !Isolated(t)).Select(t => $"{url}: <{t.ParentElement!.LocalName}> {t.Data.Trim()}").ToList();
            Assert.True(bare.Count == 0, string.Join("\n", bare));
        }

        // The fund's name stands in sentences too (the board's heading): the name alone is in the bdi.
        var board = await f.Manager.Client.GetAsync($"/funds/{f.FundId}/pipeline");
        var heading = board.Document.QuerySelector("main h1")!;
        Assert.Equal($"صندوق {Override}{f.Marker} Fund", heading.QuerySelector("bdi")!.TextContent);
        Assert.NotEqual(heading.QuerySelector("bdi")!.TextContent, heading.TextContent);
    }

    /// <summary>The text sits in a bdi, or in an element whose direction is set (dir="auto" isolates it).</summary>
    private static bool Isolated(INode text) =>
        text.Ancestors<IElement>().Any(e => e.LocalName == "bdi" || e.HasAttribute("dir"));

    [Fact]
    public async Task Favicon_is_served_and_linked_from_every_page()
    {
        using var client = app.NewClient();

        var ico = await client.Http.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/x-icon", ico.Content.Headers.ContentType?.MediaType);
        var bytes = await ico.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
        Assert.True(BitConverter.ToUInt16(bytes, 4) >= 1, "the icon holds no image");

        var svg = await client.Http.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await svg.Content.ReadAsStringAsync()).TrimStart());

        foreach (var url in new[] { "/", "/clusters", "/account/login" })
        {
            var page = await client.GetAsync(url);
            var icons = page.Document.QuerySelectorAll("head link[rel=icon]").Select(l => l.GetAttribute("href")!.Split('?')[0]).ToList();
            Assert.Equal(["/favicon.ico", "/favicon.svg"], icons);
        }
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}

[Collection(SqliteCollection.Name)]
public sealed class ProductShellTestsOnSqlite(SqliteApp app) : ProductShellTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProductShellTestsOnPostgreSql(PostgresApp app) : ProductShellTests(app);
