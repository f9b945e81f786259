using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>
/// The confidential part of a project: who sees the figures and the pitch deck, how a fund asks and
/// the founder grants, declines and revokes, and the record of every look.
/// </summary>
public abstract class ConfidentialAccessTests(MarketplaceApp app)
{
    private const string ConfidentialForm = "form[data-testid=confidential-form]";

    private static byte[] Pdf(int size = 2048)
    {
        var bytes = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.7\n%test deck\n").CopyTo(bytes, 0);
        Encoding.ASCII.GetBytes("%%EOF").CopyTo(bytes, size - 5);
        return bytes;
    }

    private static readonly byte[] Png =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1];

    private static async Task<string> TokenAsync(Infrastructure.WebClient client) =>
        Infrastructure.WebClient.TokenOf(await client.GetAsync("/"));

    private static async Task<HttpResponseMessage> UploadAsync(Infrastructure.WebClient client, Guid projectId, byte[] bytes, string fileName, bool expectContinue = false)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(await TokenAsync(client)), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "Deck", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/projects/{projectId}/deck") { Content = content };
        request.Headers.ExpectContinue = expectContinue;
        return await client.Http.SendAsync(request);
    }

    private static async Task<Page> PostAsync(Infrastructure.WebClient client, string url, params (string Key, string Value)[] fields) =>
        await client.PostAsync(url, fields.Select(f => KeyValuePair.Create(f.Key, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", await TokenAsync(client))));

    private Task<ProjectConfidential> ConfidentialAsync(Guid projectId) =>
        app.QueryAsync(db => db.ProjectConfidentials.AsNoTracking().SingleAsync(c => c.Id == projectId));

    private Task<List<ConfidentialView>> ViewsAsync(Guid projectId) =>
        app.QueryAsync(db => db.ConfidentialViews.AsNoTracking().Where(v => v.ProjectId == projectId).OrderBy(v => v.Id).ToListAsync());

    private Task<ConfidentialAccess?> AccessAsync(Guid projectId, Guid fundId) =>
        app.QueryAsync(db => db.ConfidentialAccesses.AsNoTracking().SingleOrDefaultAsync(a => a.ProjectId == projectId && a.FundId == fundId));

    /// <summary>A published project whose founder filled in the figures (valuation CNY 312,345,678) and uploaded a deck.</summary>
    private async Task<(TestUser Founder, Guid ProjectId, byte[] Deck)> ProjectWithSecretsAsync()
    {
        var (founder, id) = await ProjectTests.PublishedProjectAsync(app, "Secretive " + Guid.NewGuid().ToString("N")[..8]);
        var saved = await founder.Client.SubmitAsync($"/projects/{id}/confidential", new Dictionary<string, string>
        {
            ["PreMoneyValuationAmount"] = "312345678",
            ["PreMoneyValuationCurrency"] = "CNY",
            ["RevenueLast12MonthsAmount"] = "12000000",
            ["RevenueLast12MonthsCurrency"] = "CNY",
            ["MonthlyBurnAmount"] = "900000",
            ["MonthlyBurnCurrency"] = "USD",
            ["RunwayMonths"] = "19",
        }, ConfidentialForm);
        Assert.True(saved.Status == HttpStatusCode.Redirect, $"Saving answered {(int)saved.Status}: {saved.Text("main")}");
        var deck = Pdf();
        var uploaded = await UploadAsync(founder.Client, id, deck, "deck.pdf");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        return (founder, id, deck);
    }

    private async Task AssertSeesNothingConfidentialAsync(TestUser user, Guid projectId, Guid? accessId, string because)
    {
        var page = await user.Client.GetAsync($"/projects/{projectId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("[data-testid=confidential]"));
        Assert.DoesNotContain("312,345,678", page.Html);
        Assert.DoesNotContain("312345678", page.Html);
        Assert.DoesNotContain("/deck", page.Html);

        foreach (var url in new[] { $"/projects/{projectId}/confidential", $"/projects/{projectId}/deck", $"/projects/{projectId}/access" })
        {
            var response = await user.Client.Http.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{because}: GET {url} answered {(int)response.StatusCode}");
            // The whole figure: a short run of digits can turn up by chance in the page's anti-forgery token.
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("312,345,678", body);
            Assert.DoesNotContain("312345678", body);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.Http.GetAsync($"/projects/{projectId}/deck")).StatusCode);

        var before = await ConfidentialAsync(projectId);
        var posts = new List<(string Url, Page Page)>
        {
            ($"/projects/{projectId}/confidential", await PostAsync(user.Client, $"/projects/{projectId}/confidential",
                ("PreMoneyValuationAmount", "1"), ("PreMoneyValuationCurrency", "CNY"), ("Version", before.Version.ToString()))),
        };
        if (user.Role != RoleNames.FundManager)
            posts.Add(($"/projects/{projectId}/access/request", await PostAsync(user.Client, $"/projects/{projectId}/access/request", ("FundId", Guid.NewGuid().ToString()))));
        var upload = await UploadAsync(user.Client, projectId, Pdf(), "mine.pdf");
        Assert.True(upload.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{because}: deck upload answered {(int)upload.StatusCode}");
        if (accessId is { } a)
            foreach (var verb in new[] { "grant", "decline", "revoke" })
                posts.Add(($"/projects/{projectId}/access/{a}/{verb}", await PostAsync(user.Client, $"/projects/{projectId}/access/{a}/{verb}", ("Version", "0"))));
        foreach (var (url, result) in posts)
            Assert.True(result.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{because}: POST {url} answered {(int)result.Status}");

        var after = await ConfidentialAsync(projectId);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(312_345_678, after.PreMoneyValuationAmount);
        Assert.Equal(before.PitchDeckFileId, after.PitchDeckFileId);
    }

    [Fact]
    public async Task A_fund_sees_what_it_asked_to_see_and_what_was_granted_and_only_its_members_see_it()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager, "Asking Manager");
        var fund = await TestFunds.CreateAsync(app, manager);
        var otherFund = await TestFunds.CreateAsync(app, await Users.RegisterAsync(app, RoleNames.FundManager));
        var hangzhou = await app.QueryAsync(db => db.Clusters.Where(c => c.Key == "hangzhou").Select(c => c.Id).SingleAsync());
        var startup = await TestProjects.StartupAsync(app, hangzhou, "Fund side " + Guid.NewGuid().ToString("N")[..8]);
        var asked = await TestProjects.ProjectAsync(app, startup, "Asked project", titleZh: "已申请的项目");
        var granted = await TestProjects.ProjectAsync(app, startup, "Granted project", titleZh: "已允许的项目");
        var notOurs = await TestProjects.ProjectAsync(app, startup, "Another fund's project");
        var decidedAt = new DateTime(2026, 3, 4, 5, 6, 0, DateTimeKind.Utc);
        await app.QueryAsync(async db =>
        {
            db.ConfidentialAccesses.Add(new ConfidentialAccess
            {
                ProjectId = asked, FundId = fund, Status = AccessStatus.Requested, RequestedById = manager.Id, RequestedAt = DateTime.UtcNow.AddDays(-1),
            });
            db.ConfidentialAccesses.Add(new ConfidentialAccess
            {
                ProjectId = granted, FundId = fund, Status = AccessStatus.Granted, RequestedById = manager.Id, RequestedAt = DateTime.UtcNow.AddDays(-2),
                DecidedById = manager.Id, DecidedAt = decidedAt,
            });
            db.ConfidentialAccesses.Add(new ConfidentialAccess
            {
                ProjectId = notOurs, FundId = otherFund, Status = AccessStatus.Granted, RequestedById = manager.Id, RequestedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var profile = await manager.Client.GetAsync($"/funds/{fund}");
        Assert.Equal($"/funds/{fund}/access", profile.Document.QuerySelector("a[data-testid=access-link]")!.GetAttribute("href"));

        var en = await manager.Client.GetAsync($"/funds/{fund}/access?culture=en");
        Assert.Equal(HttpStatusCode.OK, en.Status);
        var rows = en.Document.QuerySelectorAll("[data-testid=fund-access] tr[data-project]");
        Assert.Equal([asked.ToString(), granted.ToString()], rows.Select(r => r.GetAttribute("data-project")!).ToList());
        Assert.Equal("Asked project", rows[0].QuerySelector("a[data-testid=project-link]")!.TextContent.Trim());
        Assert.Equal($"/projects/{asked}", rows[0].QuerySelector("a[data-testid=project-link]")!.GetAttribute("href"));
        Assert.Equal("asked, waiting for the founders", rows[0].QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal("", rows[0].QuerySelector("[data-testid=decided-at]")!.TextContent.Trim());
        Assert.Equal("granted", rows[1].QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Contains("2026", rows[1].QuerySelector("[data-testid=decided-at]")!.TextContent);
        Assert.Contains("Asking Manager", rows[0].TextContent);
        Assert.DoesNotContain("Another fund's project", en.Html);

        var zh = await manager.Client.GetAsync($"/funds/{fund}/access?culture=zh-Hans");
        Assert.Equal("保密信息访问", zh.Text("h1"));
        Assert.Equal(["已申请，等待创始人答复", "已允许"], zh.Texts("[data-testid=fund-access] [data-testid=status]"));
        Assert.Equal(["已申请的项目", "已允许的项目"], zh.Texts("[data-testid=fund-access] a[data-testid=project-link]"));

        // Another fund's manager, a founder and a visitor see nothing of it.
        var outsider = await Users.RegisterAsync(app, RoleNames.FundManager);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync($"/funds/{fund}/access")).Status);
        Assert.Null((await outsider.Client.GetAsync($"/funds/{fund}")).Document.QuerySelector("a[data-testid=access-link]"));
        var founder = await Users.RegisterAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await founder.Client.GetAsync($"/funds/{fund}/access")).Status);
        using var anonymous = app.NewClient();
        Assert.StartsWith("/account/login", Redirects.PathOf((await anonymous.GetAsync($"/funds/{fund}/access")).Location));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Client.GetAsync($"/funds/{Guid.NewGuid()}/access")).Status);
    }

    [Fact]
    public async Task A_fund_that_asked_for_nothing_sees_the_empty_state()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fund = await TestFunds.CreateAsync(app, manager);

        var page = await manager.Client.GetAsync($"/funds/{fund}/access");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=no-access]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=fund-access]"));
    }

    [Fact]
    public async Task Should_show_the_confidential_part_to_no_stranger_other_founder_or_ungranted_fund()
    {
        var (founder, id, _) = await ProjectWithSecretsAsync();
        var stranger = await Users.RegisterAsync(app, RoleNames.Researcher);
        var otherFounder = await Users.RegisterAsync(app);
        await Founders.StartupAsync(app, otherFounder.Id);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fund = await Founders.FundAsync(app, "Ungranted Capital", manager.Id);
        // Another fund's request exists, so the decision URLs are real ones.
        var asker = await Users.RegisterAsync(app, RoleNames.FundManager);
        var askingFund = await Founders.FundAsync(app, "Asking Capital", asker.Id);
        await app.SendAsync(new RequestConfidentialAccess.Command(id, askingFund, null), MarketplaceApp.Principal(asker.Id, RoleNames.FundManager));
        var accessId = (await AccessAsync(id, askingFund))!.Id;

        await AssertSeesNothingConfidentialAsync(stranger, id, accessId, "stranger");
        await AssertSeesNothingConfidentialAsync(otherFounder, id, accessId, "other founder");
        await AssertSeesNothingConfidentialAsync(manager, id, accessId, "ungranted fund manager");
        // A fund manager who asked but was not granted yet sees no more.
        await AssertSeesNothingConfidentialAsync(asker, id, accessId, "fund that asked");

        using var anonymous = app.NewClient();
        var page = await anonymous.GetAsync($"/projects/{id}");
        Assert.DoesNotContain("312,345,678", page.Html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync($"/projects/{id}/deck")).StatusCode);
        foreach (var url in new[] { $"/projects/{id}/confidential", $"/projects/{id}/access" })
            Assert.Equal("/account/login", Redirects.PathOf((await anonymous.Http.GetAsync(url)).Headers.Location).Split('?')[0]);

        Assert.Equal(AccessStatus.Requested, (await AccessAsync(id, askingFund))!.Status);
        Assert.Null(await AccessAsync(id, fund));
        Assert.Empty(await ViewsAsync(id));
        // The owner sees it all, and their own looks are not recorded.
        var own = await founder.Client.GetAsync($"/projects/{id}");
        Assert.Equal("CNY 312,345,678", own.Text("[data-testid=valuation]"));
        Assert.Equal(HttpStatusCode.OK, (await founder.Client.Http.GetAsync($"/projects/{id}/deck")).StatusCode);
        Assert.Empty(await ViewsAsync(id));
    }

    [Fact]
    public async Task Should_let_a_granted_fund_see_the_figures_and_the_deck_record_each_look_and_stop_when_revoked()
    {
        var (founder, id, deck) = await ProjectWithSecretsAsync();
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager, "Fund Analyst " + Guid.NewGuid().ToString("N")[..6]);
        var fundName = "Granted Capital " + Guid.NewGuid().ToString("N")[..6];
        var fund = await Founders.FundAsync(app, fundName, manager.Id);
        var otherFund = await Founders.FundAsync(app, "Second fund", manager.Id);

        // The manager picks which fund asks.
        var page = await manager.Client.GetAsync($"/projects/{id}");
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=request-access-form] option[value='{fund}']"));
        var asked = await manager.Client.SubmitAsync(page, new Dictionary<string, string> { ["FundId"] = fund.ToString(), ["Message"] = "We lead Series A rounds." },
            "form[data-testid=request-access-form]");
        Assert.Equal(HttpStatusCode.Redirect, asked.Status);
        var access = (await AccessAsync(id, fund))!;
        Assert.Equal(AccessStatus.Requested, access.Status);
        Assert.Equal(manager.Id, access.RequestedById);
        Assert.Equal("We lead Series A rounds.", access.Message);
        Assert.Null(await AccessAsync(id, otherFund));
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == founder.Id && n.Kind == "confidential-access-requested" && n.Arguments.Contains(fundName))));
        // Asking twice for the same fund is refused, and nothing is added.
        var twice = await PostAsync(manager.Client, $"/projects/{id}/access/request", ("FundId", fund.ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, twice.Status);
        Assert.Equal(1, await app.QueryAsync(db => db.ConfidentialAccesses.CountAsync(a => a.ProjectId == id)));

        var accessPage = await founder.Client.GetAsync($"/projects/{id}/access");
        Assert.Equal("Requested", accessPage.Document.QuerySelector($"tr[data-access='{access.Id}']")!.GetAttribute("data-status"));
        var granted = await founder.Client.SubmitAsync(accessPage, new Dictionary<string, string>(), $"tr[data-access='{access.Id}'] form[data-testid=grant-form]");
        Assert.Equal(HttpStatusCode.Redirect, granted.Status);
        Assert.Equal(AccessStatus.Granted, (await AccessAsync(id, fund))!.Status);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == manager.Id && n.Kind == "confidential-access-granted")));

        var seen = await manager.Client.GetAsync($"/projects/{id}");
        Assert.Equal("CNY 312,345,678", seen.Text("[data-testid=valuation]"));
        Assert.Equal("USD 900,000", seen.Text("[data-testid=burn]"));
        Assert.Equal("19 months", seen.Text("[data-testid=runway]"));
        var download = await manager.Client.Http.GetAsync($"/projects/{id}/deck");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(deck, await download.Content.ReadAsByteArrayAsync());

        var views = await ViewsAsync(id);
        Assert.Equal(["details", "deck"], views.Select(v => v.What));
        Assert.All(views, v => Assert.Equal(manager.Id, v.UserId));
        Assert.All(views, v => Assert.Equal(fund, v.FundId));
        var log = await founder.Client.GetAsync($"/projects/{id}/access");
        var rows = log.Document.QuerySelectorAll("table[data-testid=views] tbody tr").ToList();
        Assert.Equal(["deck", "details"], rows.Select(r => r.GetAttribute("data-what")));
        Assert.All(rows, r => Assert.Equal(manager.DisplayName, r.QuerySelector("[data-testid=viewer]")!.TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal(fundName, r.QuerySelector("[data-testid=fund]")!.TextContent.Trim()));

        // Revoked: the fund is back outside.
        var revoked = await founder.Client.SubmitAsync(log, new Dictionary<string, string>(), $"tr[data-access='{access.Id}'] form[data-testid=revoke-form]");
        Assert.Equal(HttpStatusCode.Redirect, revoked.Status);
        Assert.Equal(AccessStatus.Revoked, (await AccessAsync(id, fund))!.Status);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == manager.Id && n.Kind == "confidential-access-revoked")));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Client.Http.GetAsync($"/projects/{id}/deck")).StatusCode);
        var after = await manager.Client.GetAsync($"/projects/{id}");
        Assert.DoesNotContain("312,345,678", after.Html);
        Assert.Equal(2, (await ViewsAsync(id)).Count);

        // The fund may ask again; the same record is reopened.
        var again = await manager.Client.SubmitAsync(after, new Dictionary<string, string> { ["FundId"] = fund.ToString() }, "form[data-testid=request-access-form]");
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        var reopened = (await AccessAsync(id, fund))!;
        Assert.Equal(access.Id, reopened.Id);
        Assert.Equal(AccessStatus.Requested, reopened.Status);
        // A stale decision form (the version before the reopening) is a conflict.
        var stale = await PostAsync(founder.Client, $"/projects/{id}/access/{access.Id}/grant", ("Version", access.Version.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal(AccessStatus.Requested, (await AccessAsync(id, fund))!.Status);
    }

    [Fact]
    public async Task Should_record_an_administrators_look_and_refuse_access_requests_for_a_fund_the_user_does_not_manage()
    {
        var (_, id, _) = await ProjectWithSecretsAsync();
        var admin = await Users.AdminAsync(app);
        var page = await admin.Client.GetAsync($"/projects/{id}");
        Assert.Equal("CNY 312,345,678", page.Text("[data-testid=valuation]"));
        var view = Assert.Single(await ViewsAsync(id));
        Assert.Equal(admin.Id, view.UserId);
        Assert.Null(view.FundId);

        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var notMine = await Founders.FundAsync(app, "Someone else's fund");
        var refused = await PostAsync(manager.Client, $"/projects/{id}/access/request", ("FundId", notMine.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Null(await AccessAsync(id, notMine));
    }

    [Fact]
    public async Task Should_answer_bad_confidential_figures_at_their_field_with_400_and_write_nothing()
    {
        var (founder, id, _) = await ProjectWithSecretsAsync();
        var before = await ConfidentialAsync(id);
        (string Field, Dictionary<string, string> Input)[] cases =
        [
            ("PreMoneyValuationAmount", new() { ["PreMoneyValuationAmount"] = "-1" }),
            ("PreMoneyValuationAmount", new() { ["PreMoneyValuationAmount"] = "10000000000001" }),
            ("PreMoneyValuationCurrency", new() { ["PreMoneyValuationCurrency"] = "" }),
            ("RevenueLast12MonthsCurrency", new() { ["RevenueLast12MonthsCurrency"] = "XYZ" }),
            ("MonthlyBurnAmount", new() { ["MonthlyBurnAmount"] = "much" }),
            ("RunwayMonths", new() { ["RunwayMonths"] = "241" }),
            ("RunwayMonths", new() { ["RunwayMonths"] = "-1" }),
        ];
        foreach (var (field, input) in cases)
        {
            var page = await founder.Client.SubmitAsync($"/projects/{id}/confidential", input, ConfidentialForm);
            Assert.True(page.Status == HttpStatusCode.BadRequest, $"{field} = {string.Join(",", input.Values)} answered {(int)page.Status}");
            Assert.True(page.FieldError(field) is not null, $"No message at {field} for {string.Join(",", input.Values)}");
        }
        var after = await ConfidentialAsync(id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.RunwayMonths, after.RunwayMonths);
    }

    [Fact]
    public async Task Should_refuse_a_deck_that_is_not_a_pdf_or_too_large_at_the_field_and_store_nothing()
    {
        var (founder, id, _) = await ProjectWithSecretsAsync();
        var before = await ConfidentialAsync(id);
        var filesBefore = await app.QueryAsync(db => db.StoredFiles.CountAsync(f => f.UploadedById == founder.Id));

        var png = await UploadAsync(founder.Client, id, Png, "deck.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, png.StatusCode);
        var pngPage = await Page.ReadAsync(png);
        Assert.Equal("The file is not a PDF document.", pngPage.FieldError("Deck"));
        // The page comes back whole, with the saved figures.
        Assert.Equal("312345678", pngPage.Document.QuerySelector("#PreMoneyValuationAmount")!.GetAttribute("value"));

        var empty = await UploadAsync(founder.Client, id, [], "empty.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull((await Page.ReadAsync(empty)).FieldError("Deck"));

        var tooBig = await UploadAsync(founder.Client, id, Pdf((int)PitchDeckLimits.DefaultMaxBytes + 1), "big.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal("The file is larger than 20 MB.", (await Page.ReadAsync(tooBig)).FieldError("Deck"));

        // Far over the limit: refused before the body is read (the client waits for "100 Continue" as browsers' uploaders may), never a 500.
        var huge = await UploadAsync(founder.Client, id, Pdf(26 * 1024 * 1024), "huge.pdf", expectContinue: true);
        Assert.True(huge.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"A 26 MB upload answered {(int)huge.StatusCode}");
        Assert.Equal("The request could not be understood", (await Page.ReadAsync(huge)).Text("main h1"));

        var after = await ConfidentialAsync(id);
        Assert.Equal(before.PitchDeckFileId, after.PitchDeckFileId);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(filesBefore, await app.QueryAsync(db => db.StoredFiles.CountAsync(f => f.UploadedById == founder.Id)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ConfidentialAccessTestsOnSqlite(SqliteApp app) : ConfidentialAccessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ConfidentialAccessTestsOnPostgreSql(PostgresApp app) : ConfidentialAccessTests(app);
