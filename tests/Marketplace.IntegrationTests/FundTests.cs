using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using WebClient = Marketplace.IntegrationTests.Infrastructure.WebClient;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>Fund profiles through the real pages: create, the public page with its mandate, every field's refusals, who may edit, stale edits, the verified badge.</summary>
public abstract class FundTests(MarketplaceApp app)
{
    [Fact]
    public async Task A_fund_manager_creates_a_fund_becomes_its_partner_and_anyone_sees_its_public_page_in_their_language()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager, displayName: "Zhao Min");
        var name = TestFunds.UniqueName("Zhongguancun AI Fund");

        var created = await manager.Client.SubmitAsync("/funds/new", TestFunds.Form(name, "中关村人工智能基金"));

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var saved = await app.QueryAsync(db => db.Funds.AsNoTracking().SingleAsync(f => f.Name.En == name));
        Assert.Equal($"/funds/{saved.Id}", Redirects.PathOf(created.Location));
        Assert.Equal("中关村人工智能基金", saved.Name.Zh);
        Assert.Equal("guidance", saved.Type);
        Assert.Equal("https://example.com/fund", saved.Website);
        Assert.Equal(2_000_000_000, saved.SizeAmount);
        Assert.Equal("CNY", saved.SizeCurrency);
        Assert.False(saved.IsVerified);
        Assert.Equal("beijing", await app.QueryAsync(db => db.Clusters.Where(c => c.Id == saved.ClusterId).Select(c => c.Key).SingleAsync()));
        var member = await app.QueryAsync(db => db.FundMembers.AsNoTracking().SingleAsync(m => m.FundId == saved.Id));
        Assert.Equal((manager.Id, FundRoles.Partner), (member.UserId, member.Role));

        using var visitor = app.NewClient();
        var zh = await visitor.GetAsync($"/funds/{saved.Id}?culture=zh-Hans");
        Assert.Equal(HttpStatusCode.OK, zh.Status);
        Assert.Equal("中关村人工智能基金", zh.Text("[data-testid=fund-name]"));
        Assert.Equal("政府引导基金", zh.Text("[data-testid=type]"));
        Assert.Equal("北京", zh.Text("[data-testid=cluster]"));
        Assert.Equal("2,000,000,000 CNY", zh.Text("[data-testid=size]"));
        Assert.Equal("专注北京早期人工智能基础设施。", zh.Text("[data-testid=description]"));
        Assert.Equal(["Zhao Min"], zh.Texts("[data-testid=member-name]"));
        Assert.Equal("不限行业", zh.Text("[data-testid=mandate-sectors]"));
        Assert.Equal("不限集群", zh.Text("[data-testid=mandate-clusters]"));
        Assert.Equal("无地域要求", zh.Text("[data-testid=mandate-region-rule]"));
        Assert.Null(zh.Document.QuerySelector("[data-testid=verified-badge]"));
        Assert.Null(zh.Document.QuerySelector("[data-testid=member-actions]"));
        Assert.Null(zh.Document.QuerySelector("[data-testid=verify-form]"));
        var website = zh.Document.QuerySelector("a[data-testid=website]")!;
        Assert.Equal("nofollow noopener", website.GetAttribute("rel"));

        var en = await visitor.GetAsync($"/funds/{saved.Id}?culture=en");
        Assert.Equal(name, en.Text("[data-testid=fund-name]"));
        Assert.Equal("Government guidance fund", en.Text("[data-testid=type]"));
        Assert.Equal("CNY 2,000,000,000", en.Text("[data-testid=size]"));

        var own = await manager.Client.GetAsync($"/funds/{saved.Id}");
        Assert.NotNull(own.Document.QuerySelector("[data-testid=edit-link]"));
        Assert.Equal($"/funds/{saved.Id}/pipeline", own.Document.QuerySelector("[data-testid=member-actions] [data-testid=pipeline-link]")!.GetAttribute("href"));

        // The fund manager's home lists it with the way to its pipeline and mandate; the navigation leads there.
        var home = await manager.Client.GetAsync("/");
        Assert.Equal("/funds/mine", home.Document.QuerySelector("a[data-testid=nav-my-funds]")!.GetAttribute("href"));
        var mine = await manager.Client.GetAsync("/funds/mine");
        var card = mine.Document.QuerySelector($"[data-fund='{saved.Id}']")!;
        Assert.Equal($"/funds/{saved.Id}/pipeline", card.QuerySelector("a[data-testid=pipeline-link]")!.GetAttribute("href"));
        Assert.Equal($"/funds/{saved.Id}/mandate", card.QuerySelector("a[data-testid=mandate-link]")!.GetAttribute("href"));
        Assert.Contains("Partner", card.QuerySelector("[data-testid=my-role]")!.TextContent);
    }

    [Fact]
    public async Task A_fund_manager_without_a_fund_gets_an_empty_home_and_others_have_no_link_to_it()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var mine = await manager.Client.GetAsync("/funds/mine");
        Assert.Equal(HttpStatusCode.OK, mine.Status);
        Assert.NotNull(mine.Document.QuerySelector("[data-testid=no-funds] a[href='/funds/new']"));

        var founder = await Users.RegisterAsync(app);
        Assert.Null((await founder.Client.GetAsync("/")).Document.QuerySelector("[data-testid=nav-my-funds]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await founder.Client.GetAsync("/funds/mine")).Status);
    }

    [Fact]
    public async Task The_public_page_states_the_mandate_in_words()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var id = await TestFunds.CreateAsync(app, manager, type: "guidance");
        await app.QueryAsync(db => db.Funds.Where(f => f.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.MandateSectors, ["ai-chips", "foundation-models"])
            .SetProperty(f => f.MandateStages, ["seed", "series-a"])
            .SetProperty(f => f.TicketMin, 5_000_000)
            .SetProperty(f => f.TicketMax, 30_000_000)
            .SetProperty(f => f.TicketCurrency, "CNY")
            .SetProperty(f => f.TargetClusterKeys, ["beijing"])
            .SetProperty(f => f.OpenToOtherClusters, true)
            .SetProperty(f => f.OpenToNewDeals, false)
            .SetProperty(f => f.WeeklyCapacity, 12)
            .SetProperty(f => f.GuidanceRule, "reinvestment")
            .SetProperty(f => f.GuidanceRegions, ["beijing"])
            .SetProperty(f => f.ReinvestmentRatio, 1.5m)
            .SetProperty(f => f.AcceptsRelocation, true)));

        using var visitor = app.NewClient();
        var en = await visitor.GetAsync($"/funds/{id}?culture=en");

        Assert.Equal(["AI chips", "Foundation models"], en.Texts("[data-testid=mandate-sectors] .badge"));
        Assert.Equal("Seed, Series A", en.Text("[data-testid=mandate-stages]"));
        Assert.Equal("CNY 5,000,000 – CNY 30,000,000", en.Text("[data-testid=mandate-ticket]"));
        Assert.Equal("Beijing (also open to other clusters)", Squash(en.Text("[data-testid=mandate-clusters]")));
        Assert.Equal("Closed to new deals", en.Text("[data-testid=deal-status]"));
        Assert.Equal("12 applications a week", en.Text("[data-testid=mandate-capacity]"));
        var rule = en.Text("[data-testid=mandate-region-rule]")!;
        Assert.Contains("At least 1.5× the fund's money must be invested in: Beijing", rule);
        Assert.Contains("committed to relocate", rule);

        var zh = await visitor.GetAsync($"/funds/{id}?culture=zh-Hans");
        Assert.Equal("5,000,000 CNY – 30,000,000 CNY", zh.Text("[data-testid=mandate-ticket]"));
        Assert.Contains("至少 1.5 倍的基金出资须投资于：北京", zh.Text("[data-testid=mandate-region-rule]"));
    }

    public static TheoryData<string, string> BadFields() => new()
    {
        { "NameEn", "" }, // with NameZh blank too: no name in any language
        { "NameEn", new string('x', 201) },
        { "DescriptionEn", new string('x', 8001) },
        { "DescriptionZh", new string('字', 8001) },
        { "Type", "" },
        { "Type", "hedge-fund" },
        { "ClusterKey", "" },
        { "ClusterKey", "atlantis" },
        { "Website", "not a url" },
        { "Website", "example.com" },
        { "Website", "javascript:alert(1)" },
        { "SizeAmount", "0" },
        { "SizeAmount", "-5" },
        { "SizeAmount", "a lot" },
        { "SizeAmount", "10000000000001" },
        { "SizeCurrency", "" }, // an amount without its currency
        { "SizeCurrency", "XYZ" }, // no reference rate
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_is_answered_at_its_field_with_400_and_nothing_is_written(string field, string value)
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var form = TestFunds.Form(TestFunds.UniqueName(), nameZh: field == "NameEn" ? "" : "测试基金");
        form[field] = value;

        var page = await manager.Client.PostFormAsync("/funds/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.False(string.IsNullOrEmpty(page.FieldError(field)), $"No message at {field}: {page.Text("main")}");
        // The form comes back with what was typed, and its choices.
        Assert.NotNull(page.Document.QuerySelector("select[name=ClusterKey] option[value=beijing]"));
        Assert.False(await app.QueryAsync(db => db.FundMembers.AnyAsync(m => m.UserId == manager.Id)));
    }

    [Fact]
    public async Task Messages_at_the_fields_speak_chinese_and_a_currency_without_an_amount_is_not_stored()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        await manager.Client.GetAsync("/?culture=zh-Hans");
        var form = TestFunds.Form(TestFunds.UniqueName());
        form["Type"] = "";
        form["SizeCurrency"] = "";

        var page = await manager.Client.PostFormAsync("/funds/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("请选择基金类型。", page.FieldError("Type"));
        Assert.NotNull(page.FieldError("SizeCurrency"));

        var name = TestFunds.UniqueName();
        form = TestFunds.Form(name);
        form["SizeAmount"] = "";
        form["Website"] = "";
        var created = await manager.Client.PostFormAsync("/funds/new", form);
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var saved = await app.QueryAsync(db => db.Funds.AsNoTracking().SingleAsync(f => f.Name.En == name));
        Assert.Null(saved.SizeAmount);
        Assert.Null(saved.SizeCurrency);
        Assert.Null(saved.Website);
    }

    [Fact]
    public async Task A_partner_edits_the_profile_and_a_refused_edit_changes_nothing()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var id = await TestFunds.CreateAsync(app, manager);
        var before = await app.QueryAsync(db => db.Funds.AsNoTracking().SingleAsync(f => f.Id == id));

        var refused = await manager.Client.SubmitAsync($"/funds/{id}/edit",
            new Dictionary<string, string> { ["NameEn"] = "Renamed", ["SizeAmount"] = "0", ["SizeCurrency"] = "USD" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.FieldError("SizeAmount"));
        var unchanged = await app.QueryAsync(db => db.Funds.AsNoTracking().SingleAsync(f => f.Id == id));
        Assert.Equal(before.Name, unchanged.Name);
        Assert.Equal(before.Version, unchanged.Version);

        var saved = await manager.Client.SubmitAsync($"/funds/{id}/edit",
            new Dictionary<string, string> { ["NameEn"] = "Renamed", ["Type"] = "corporate-vc", ["SizeAmount"] = "50000000", ["SizeCurrency"] = "USD" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await app.QueryAsync(db => db.Funds.AsNoTracking().SingleAsync(f => f.Id == id));
        Assert.Equal("Renamed", after.Name.En);
        Assert.Equal("测试基金", after.Name.Zh);
        Assert.Equal("corporate-vc", after.Type);
        Assert.Equal((50_000_000L, "USD"), (after.SizeAmount!.Value, after.SizeCurrency!));
        Assert.Equal(before.Version + 1, after.Version);
    }

    [Fact]
    public async Task A_concurrent_edit_is_detected_with_409_and_the_first_save_is_kept()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var id = await TestFunds.CreateAsync(app, manager);
        var first = await manager.Client.GetAsync($"/funds/{id}/edit");
        var second = await manager.Client.GetAsync($"/funds/{id}/edit");

        var saved = await manager.Client.SubmitAsync(first, new Dictionary<string, string> { ["NameEn"] = "First tab" });
        var conflict = await manager.Client.SubmitAsync(second, new Dictionary<string, string> { ["NameEn"] = "Second tab" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Someone else saved this", conflict.Text("[data-testid=form-errors]"));
        Assert.Equal("Second tab", conflict.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=NameEn]")!.Value);
        Assert.Equal("First tab", await app.QueryAsync(db => db.Funds.Where(f => f.Id == id).Select(f => f.Name.En).SingleAsync()));
    }

    [Fact]
    public async Task Only_fund_managers_may_create_a_fund()
    {
        var founder = await Users.RegisterAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await founder.Client.GetAsync("/funds/new")).Status);
        var name = TestFunds.UniqueName();
        var posted = await founder.Client.PostAsync("/funds/new",
            TestFunds.Form(name).Append(new("__RequestVerificationToken", await founder.Client.TokenAsync())));
        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        Assert.False(await app.QueryAsync(db => db.Funds.AnyAsync(f => f.Name.En == name)));

        using var anonymous = app.NewClient();
        var page = await anonymous.GetAsync("/funds/new");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/login", Redirects.PathOf(page.Location));
    }

    [Fact]
    public async Task Unknown_funds_are_404()
    {
        using var visitor = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/funds/{Guid.NewGuid()}")).Status);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Client.GetAsync($"/funds/{Guid.NewGuid()}/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Client.GetAsync($"/funds/{Guid.NewGuid()}/team")).Status);
    }

    public static TheoryData<string> Strangers() => new() { "an analyst of the fund", "another fund manager", "a founder", "anonymous" };

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task Only_partners_may_edit_the_fund_or_its_team_and_nothing_changes(string who)
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var id = await TestFunds.CreateAsync(app, partner);
        await partner.Client.SubmitAsync($"/funds/{id}/team", new Dictionary<string, string> { ["Email"] = Users.UniqueEmail("pending") }, "#invite-form");
        var invitation = await app.QueryAsync(db => db.FundInvitations.Where(i => i.FundId == id).Select(i => i.Id).SingleAsync());
        var before = await app.QueryAsync(db => db.Funds.AsNoTracking().SingleAsync(f => f.Id == id));

        WebClient stranger;
        switch (who)
        {
            case "an analyst of the fund":
                var analyst = await Users.RegisterAsync(app, RoleNames.FundManager);
                await app.QueryAsync(async db =>
                {
                    db.FundMembers.Add(new FundMember { FundId = id, UserId = analyst.Id, Role = FundRoles.Analyst, JoinedAt = DateTime.UtcNow });
                    return await db.SaveChangesAsync();
                });
                stranger = analyst.Client;
                // An analyst sees the team, without the partners' forms.
                var team = await stranger.GetAsync($"/funds/{id}/team");
                Assert.Equal(HttpStatusCode.OK, team.Status);
                Assert.Null(team.Document.QuerySelector("[data-testid=invite-form]"));
                Assert.Null(team.Document.QuerySelector("[data-testid=revoke-form]"));
                Assert.Null(team.Document.QuerySelector("[data-testid=role-form]"));
                Assert.Null((await stranger.GetAsync($"/funds/{id}")).Document.QuerySelector("[data-testid=edit-link]"));
                break;
            case "another fund manager":
                stranger = (await Users.RegisterAsync(app, RoleNames.FundManager)).Client;
                break;
            case "a founder":
                stranger = (await Users.RegisterAsync(app)).Client;
                break;
            default:
                stranger = app.NewClient();
                break;
        }
        bool Refused(Page page) => who == "anonymous"
            ? page.Status == HttpStatusCode.Redirect && Redirects.PathOf(page.Location).StartsWith("/account/login", StringComparison.Ordinal)
            : page.Status == HttpStatusCode.Forbidden;

        var gets = who == "an analyst of the fund" ? new[] { $"/funds/{id}/edit" } : [$"/funds/{id}/edit", $"/funds/{id}/team"];
        foreach (var url in gets)
        {
            var page = await stranger.GetAsync(url);
            Assert.True(Refused(page), $"GET {url} answered {(int)page.Status}");
        }

        var token = await stranger.TokenAsync();
        var fields = TestFunds.Form("Taken over").Append(new("Version", before.Version.ToString(CultureInfo.InvariantCulture)));
        var posts = new (string Url, IEnumerable<KeyValuePair<string, string>> Values)[]
        {
            ($"/funds/{id}/edit", fields),
            ($"/funds/{id}/edit", [new("NameEn", ""), new("NameZh", "")]), // bad input as well: still refused, not the form
            ($"/funds/{id}/team", [new("Email", Users.UniqueEmail("intruder")), new("Role", FundRoles.Partner)]),
            ($"/funds/{id}/team", [new("Email", "not an address"), new("Role", FundRoles.Partner)]),
            ($"/funds/{id}/team/invitations/{invitation}/revoke", []),
            ($"/funds/{id}/team/members/{partner.Id}/role", [new("Role", FundRoles.Analyst)]),
            ($"/funds/{id}/verify", [new("verified", "true")]),
        };
        foreach (var (url, values) in posts)
        {
            var page = await stranger.PostAsync(url, values.Append(new("__RequestVerificationToken", token)));
            Assert.True(Refused(page), $"POST {url} answered {(int)page.Status}");
        }

        var after = await app.QueryAsync(db => db.Funds.AsNoTracking().SingleAsync(f => f.Id == id));
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Name, after.Name);
        Assert.False(after.IsVerified);
        var invitations = await app.QueryAsync(db => db.FundInvitations.AsNoTracking().Where(i => i.FundId == id).ToListAsync());
        Assert.Null(Assert.Single(invitations).RevokedAt);
        Assert.Equal(FundRoles.Partner, await app.QueryAsync(db => db.FundMembers.Where(m => m.FundId == id && m.UserId == partner.Id).Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_verifies_a_fund_from_its_page_and_everyone_sees_the_badge()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var id = await TestFunds.CreateAsync(app, manager);
        var admin = await Users.AdminAsync(app);

        var page = await admin.Client.GetAsync($"/funds/{id}");
        var verified = await admin.Client.SubmitAsync(page, new Dictionary<string, string>(), "[data-testid=verify-form]");

        Assert.Equal(HttpStatusCode.Redirect, verified.Status);
        Assert.True(await app.QueryAsync(db => db.Funds.Where(f => f.Id == id).Select(f => f.IsVerified).SingleAsync()));
        using var visitor = app.NewClient();
        Assert.Equal("✓ Verified", (await visitor.GetAsync($"/funds/{id}?culture=en")).Text("[data-testid=verified-badge]"));
        Assert.Contains("已认证", (await visitor.GetAsync($"/funds/{id}?culture=zh-Hans")).Text("[data-testid=verified-badge]"));
        Assert.NotNull((await manager.Client.GetAsync("/funds/mine")).Document.QuerySelector($"[data-fund='{id}'] [data-testid=verified-badge]"));
        var audit = await app.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "Fund" && e.EntityId == id.ToString() && e.UserId == admin.Id).ToListAsync());
        Assert.Contains("\"IsVerified\"", Assert.Single(audit).Changes, StringComparison.Ordinal);

        // The same button takes the badge away again.
        var unverified = await admin.Client.SubmitAsync(await admin.Client.GetAsync($"/funds/{id}"), new Dictionary<string, string>(), "[data-testid=verify-form]");
        Assert.Equal(HttpStatusCode.Redirect, unverified.Status);
        Assert.False(await app.QueryAsync(db => db.Funds.Where(f => f.Id == id).Select(f => f.IsVerified).SingleAsync()));
        Assert.Null((await visitor.GetAsync($"/funds/{id}")).Document.QuerySelector("[data-testid=verified-badge]"));
    }

    [Fact]
    public async Task A_partner_cannot_verify_their_own_fund()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var id = await TestFunds.CreateAsync(app, manager);
        Assert.Null((await manager.Client.GetAsync($"/funds/{id}")).Document.QuerySelector("[data-testid=verify-form]"));

        var posted = await manager.Client.PostAsync($"/funds/{id}/verify", [new("verified", "true"), new("__RequestVerificationToken", await manager.Client.TokenAsync())]);

        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        Assert.False(await app.QueryAsync(db => db.Funds.Where(f => f.Id == id).Select(f => f.IsVerified).SingleAsync()));
    }

    private static string Squash(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

[Collection(SqliteCollection.Name)]
public sealed class FundTestsOnSqlite(SqliteApp app) : FundTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FundTestsOnPostgreSql(PostgresApp app) : FundTests(app);
