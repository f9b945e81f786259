using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Marketplace.Application.Funds;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>
/// A fund's mandate through the real pages: partners define it (a guidance fund's reinvestment rule
/// included), every field's refusals, who may not, concurrent edits, and the founders' fit check.
/// </summary>
public abstract class MandateTests(MarketplaceApp app)
{
    /// <summary>A fund row with its team (the fund profile pages are another use case's); returns the fund's id.</summary>
    private async Task<Guid> InsertFundAsync(string type, string clusterKey = "beijing", Action<Fund>? mandate = null, params (TestUser User, string Role)[] team) =>
        await app.QueryAsync(async db =>
        {
            var fund = new Fund(new LocalizedText("Fund " + Guid.NewGuid().ToString("N")[..8], "基金"), type);
            fund.Describe(fund.Name, fund.Description, type, await db.Clusters.Where(c => c.Key == clusterKey).Select(c => c.Id).SingleAsync(), null, null);
            mandate?.Invoke(fund);
            db.Funds.Add(fund);
            foreach (var (user, role) in team)
                db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = user.Id, Role = role, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return fund.Id;
        });

    private Task<Fund> FundAsync(Guid id) => app.QueryAsync(db => db.Funds.AsNoTracking().SingleAsync(f => f.Id == id));

    /// <summary>A complete, valid mandate of a Beijing guidance fund with the reinvestment rule; tests replace the fields they are about.</summary>
    private static Dictionary<string, string[]> GuidanceForm() => new()
    {
        ["Stages"] = ["series-a", "seed"],
        ["Sectors"] = ["ai-chips", "healthcare"],
        ["TicketMin"] = ["5000000"],
        ["TicketMax"] = ["30000000"],
        ["TicketCurrency"] = ["CNY"],
        ["TargetClusterKeys"] = ["beijing"],
        ["OpenToOtherClusters"] = ["false"],
        ["OpenToNewDeals"] = ["true"],
        ["WeeklyCapacity"] = ["20"],
        ["GuidanceRule"] = ["reinvestment"],
        ["GuidanceRegions"] = ["beijing"],
        ["ReinvestmentRatio"] = ["1.5"],
        ["AcceptsRelocation"] = ["true"],
    };

    private static string[] With(Dictionary<string, string[]> form, string field) => form.TryGetValue(field, out var v) ? v : [];

    [Fact]
    public async Task A_partner_defines_a_guidance_fund_mandate_with_the_reinvestment_rule_through_the_page()
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fundId = await InsertFundAsync("guidance", team: (partner, FundRoles.Partner));
        var before = await FundAsync(fundId);

        var form = await partner.Client.GetAsync($"/funds/{fundId}/mandate");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.NotNull(form.Document.QuerySelector("[data-testid=guidance-rule] input[name=GuidanceRule][value=reinvestment]"));
        Assert.True(form.Document.QuerySelector<IHtmlInputElement>("input[name=GuidanceRule][value=none]")!.IsChecked);
        var saved = await partner.Client.PostFormAsync($"/funds/{fundId}/mandate", GuidanceForm().Flatten());

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal($"/funds/{fundId}/mandate", Redirects.PathOf(saved.Location));
        var fund = await FundAsync(fundId);
        Assert.Equal(["seed", "series-a"], fund.MandateStages); // in the product's order
        Assert.Equal(["ai-chips", "healthcare"], fund.MandateSectors);
        Assert.Equal((5_000_000L, 30_000_000L, "CNY"), (fund.TicketMin!.Value, fund.TicketMax!.Value, fund.TicketCurrency!));
        Assert.Equal(["beijing"], fund.TargetClusterKeys);
        Assert.False(fund.OpenToOtherClusters);
        Assert.True(fund.OpenToNewDeals);
        Assert.Equal(20, fund.WeeklyCapacity);
        Assert.Equal("reinvestment", fund.GuidanceRule);
        Assert.Equal(["beijing"], fund.GuidanceRegions);
        Assert.Equal(1.5m, fund.ReinvestmentRatio);
        Assert.True(fund.AcceptsRelocation);
        Assert.Equal(before.Version + 1, fund.Version);
        var key = fundId.ToString();
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Fund) && a.EntityId == key && a.UseCase == nameof(DefineMandate))));

        // The form comes back as saved.
        var again = await partner.Client.GetAsync($"/funds/{fundId}/mandate");
        Assert.Equal("The mandate is saved.", again.Text("[data-testid=flash]"));
        Assert.True(again.Document.QuerySelector<IHtmlInputElement>("input[name=GuidanceRule][value=reinvestment]")!.IsChecked);
        Assert.True(again.Document.QuerySelector<IHtmlInputElement>("input[name=GuidanceRegions][value=beijing]")!.IsChecked);
        Assert.False(again.Document.QuerySelector<IHtmlInputElement>("input[name=GuidanceRegions][value=hangzhou]")!.IsChecked);
        Assert.Equal("1.5", again.Document.QuerySelector<IHtmlInputElement>("input[name=ReinvestmentRatio]")!.Value);
        Assert.True(again.Document.QuerySelector<IHtmlInputElement>("input[name=Stages][value=seed]")!.IsChecked);
        Assert.Equal("CNY", again.Document.QuerySelector<IHtmlSelectElement>("select[name=TicketCurrency]")!.Value);
    }

    [Fact]
    public async Task Choosing_no_region_rule_clears_the_settings_of_the_rule_dropped()
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fundId = await InsertFundAsync("guidance", team: (partner, FundRoles.Partner));
        await partner.Client.PostFormAsync($"/funds/{fundId}/mandate", GuidanceForm().Flatten());

        // A browser keeps sending the regions and ratio typed earlier; "none" makes them meaningless.
        var form = GuidanceForm();
        form["Version"] = [(await FundAsync(fundId)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        form["GuidanceRule"] = ["none"];
        form["Stages"] = [];
        form["TicketMin"] = [""];
        form["TicketMax"] = [""];
        form["WeeklyCapacity"] = [""];
        var saved = await partner.Client.PostFormAsync($"/funds/{fundId}/mandate", form.Flatten());

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var fund = await FundAsync(fundId);
        Assert.Equal("none", fund.GuidanceRule);
        Assert.Empty(fund.GuidanceRegions);
        Assert.Null(fund.ReinvestmentRatio);
        Assert.False(fund.AcceptsRelocation);
        Assert.Empty(fund.MandateStages);
        Assert.Null(fund.TicketMin);
        Assert.Null(fund.TicketMax);
        Assert.Null(fund.WeeklyCapacity);
    }

    public static TheoryData<string, string[], string> BadFields() => new()
    {
        { "Stages", ["seed", "series-z"], "Stages" },
        { "Sectors", ["healthcare", "quantum-astrology"], "Sectors" },
        { "TicketMin", ["0"], "TicketMin" },
        { "TicketMin", ["-5"], "TicketMin" },
        { "TicketMin", ["five million"], "TicketMin" },
        { "TicketMin", ["40000000"], "TicketMax" }, // above the maximum of 30,000,000
        { "TicketMax", ["99999999999999999"], "TicketMax" },
        { "TicketCurrency", [""], "TicketCurrency" },
        { "TicketCurrency", ["XYZ"], "TicketCurrency" },
        { "TargetClusterKeys", ["beijing", "atlantis"], "TargetClusterKeys" },
        { "WeeklyCapacity", ["0"], "WeeklyCapacity" },
        { "WeeklyCapacity", ["1001"], "WeeklyCapacity" },
        { "WeeklyCapacity", ["many"], "WeeklyCapacity" },
        { "GuidanceRule", ["lottery"], "GuidanceRule" },
        { "GuidanceRegions", [], "GuidanceRegions" },
        { "GuidanceRegions", ["atlantis"], "GuidanceRegions" },
        { "ReinvestmentRatio", [""], "ReinvestmentRatio" },
        { "ReinvestmentRatio", ["0.5"], "ReinvestmentRatio" },
        { "ReinvestmentRatio", ["10.5"], "ReinvestmentRatio" },
        { "ReinvestmentRatio", ["1.555"], "ReinvestmentRatio" },
        { "ReinvestmentRatio", ["one and a half"], "ReinvestmentRatio" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_is_answered_at_its_field_with_400_and_nothing_is_saved(string field, string[] values, string errorField)
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fundId = await InsertFundAsync("guidance", team: (partner, FundRoles.Partner));
        var before = await FundAsync(fundId);
        var form = GuidanceForm();
        form[field] = values;

        var page = await partner.Client.PostFormAsync($"/funds/{fundId}/mandate", form.Flatten());

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.False(string.IsNullOrEmpty(page.FieldError(errorField)), $"No message at {errorField}: {page.Text("main")}");
        // The form comes back whole, with what was typed.
        Assert.NotNull(page.Document.QuerySelector("input[name=GuidanceRegions]"));
        var offered = page.Document.QuerySelectorAll<IHtmlInputElement>("input[name=Sectors]").ToList();
        Assert.Equal(With(form, "Sectors").Intersect(offered.Select(i => i.Value)), offered.Where(i => i.IsChecked).Select(i => i.Value));
        var after = await FundAsync(fundId);
        Assert.Equal(before.Version, after.Version);
        Assert.Null(after.GuidanceRule);
        Assert.Empty(after.MandateSectors);
    }

    [Fact]
    public async Task Messages_at_the_fields_speak_chinese_to_a_chinese_page()
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fundId = await InsertFundAsync("guidance", team: (partner, FundRoles.Partner));
        await partner.Client.GetAsync("/?culture=zh-Hans");
        var form = GuidanceForm();
        form["ReinvestmentRatio"] = ["12"];
        form["GuidanceRegions"] = [];

        var page = await partner.Client.PostFormAsync($"/funds/{fundId}/mandate", form.Flatten());

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("请输入 1 到 10 之间的倍数，最多两位小数（例如 1.5）。", page.FieldError("ReinvestmentRatio"));
        Assert.Equal("请选择构成该基金地域范围的集群。", page.FieldError("GuidanceRegions"));
    }

    [Fact]
    public async Task Only_a_guidance_fund_may_have_a_region_rule()
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fundId = await InsertFundAsync("venture-capital", "silicon-valley", team: (partner, FundRoles.Partner));

        var form = await partner.Client.GetAsync($"/funds/{fundId}/mandate");
        Assert.Null(form.Document.QuerySelector("[data-testid=guidance-rule]"));
        var refused = await partner.Client.PostFormAsync($"/funds/{fundId}/mandate", GuidanceForm().Flatten());

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Only a government guidance fund can have a region rule; choose \"none\".", refused.FieldError("GuidanceRule"));
        Assert.Null((await FundAsync(fundId)).GuidanceRule);

        // Without one, the same mandate is saved; a "none" posted anyway is stored as no rule at all.
        var vc = GuidanceForm();
        vc["GuidanceRule"] = ["none"];
        vc["TargetClusterKeys"] = ["silicon-valley", "beijing", "shenzhen"];
        vc["OpenToOtherClusters"] = ["true"];
        var saved = await partner.Client.PostFormAsync($"/funds/{fundId}/mandate", vc.Flatten());

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var fund = await FundAsync(fundId);
        Assert.Null(fund.GuidanceRule);
        Assert.Empty(fund.GuidanceRegions);
        Assert.Null(fund.ReinvestmentRatio);
        Assert.Equal(["beijing", "shenzhen", "silicon-valley"], fund.TargetClusterKeys); // a set: in ordinal order, whatever order the form posts
        Assert.True(fund.OpenToOtherClusters);
    }

    [Fact]
    public async Task Analysts_other_managers_founders_and_visitors_cannot_define_the_mandate()
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var analyst = await Users.RegisterAsync(app, RoleNames.FundManager);
        var otherManager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var founder = await Users.RegisterAsync(app, RoleNames.Founder);
        var fundId = await InsertFundAsync("guidance", team: [(partner, FundRoles.Partner), (analyst, FundRoles.Analyst)]);
        // The other manager is a partner of another fund: that gives no say over this one.
        await InsertFundAsync("venture-capital", team: (otherManager, FundRoles.Partner));
        var before = await FundAsync(fundId);

        foreach (var user in new[] { analyst, otherManager, founder })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await user.Client.GetAsync($"/funds/{fundId}/mandate")).Status);
            var userToken = await user.Client.TokenAsync();
            var post = await user.Client.PostAsync($"/funds/{fundId}/mandate",
                GuidanceForm().Flatten().Append(new("Version", before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .Append(new("__RequestVerificationToken", userToken)));
            Assert.Equal(HttpStatusCode.Forbidden, post.Status);
            // Bad input does not tell a stranger more than good input does.
            var bad = GuidanceForm();
            bad["WeeklyCapacity"] = ["0"];
            var badPost = await user.Client.PostAsync($"/funds/{fundId}/mandate", bad.Flatten().Append(new("__RequestVerificationToken", userToken)));
            Assert.Equal(HttpStatusCode.Forbidden, badPost.Status);
        }

        using var visitor = app.NewClient();
        var anonymous = await visitor.GetAsync($"/funds/{fundId}/mandate");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.StartsWith("/account/login", Redirects.PathOf(anonymous.Location));
        Assert.Equal(HttpStatusCode.NotFound, (await partner.Client.GetAsync($"/funds/{Guid.NewGuid()}/mandate")).Status);

        var after = await FundAsync(fundId);
        Assert.Equal(before.Version, after.Version);
        Assert.Null(after.GuidanceRule);
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_save_is_refused_with_409_and_theirs_is_kept()
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var otherPartner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fundId = await InsertFundAsync("guidance", team: [(partner, FundRoles.Partner), (otherPartner, FundRoles.Partner)]);
        var first = await partner.Client.GetAsync($"/funds/{fundId}/mandate");
        var second = await otherPartner.Client.GetAsync($"/funds/{fundId}/mandate");

        var saved = await partner.Client.SubmitAsync(first, new Dictionary<string, string> { ["WeeklyCapacity"] = "10" });
        var conflict = await otherPartner.Client.SubmitAsync(second, new Dictionary<string, string> { ["WeeklyCapacity"] = "99" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Someone else saved this", conflict.Text("[data-testid=form-errors]"));
        Assert.Equal("99", conflict.Document.QuerySelector<IHtmlInputElement>("input[name=WeeklyCapacity]")!.Value);
        Assert.Equal(10, (await FundAsync(fundId)).WeeklyCapacity);
    }

    [Fact]
    public async Task The_public_mandate_reads_with_names_and_shows_a_region_rule_for_guidance_funds_only()
    {
        var guidanceId = await BeijingGuidanceFundAsync();
        var vcId = await InsertFundAsync("guidance", "silicon-valley", f =>
        {
            f.DefineMandate(TestFunds.Mandate(stages: ["series-b", "seed"], rule: RegionRule.RegisteredInRegion(["beijing"])));
            // The region rule is left over from when it was typed as a guidance fund.
            f.Describe(f.Name, f.Description, "venture-capital", f.ClusterId, null, null);
        });

        var guidance = await app.SendAsync(new GetMandate.Query(guidanceId));
        var vc = await app.SendAsync(new GetMandate.Query(vcId));

        Assert.True(guidance.HasRegionRule);
        Assert.Equal(["北京"], guidance.GuidanceRegions.Select(c => c.Name.Zh));
        Assert.Equal(["Healthcare"], guidance.Sectors.Select(s => s.Name.En));
        Assert.Equal((5_000_000L, 10_000_000L, "USD"), (guidance.TicketMin!.Value, guidance.TicketMax!.Value, guidance.TicketCurrency!));
        Assert.False(vc.HasRegionRule);
        Assert.Null(vc.GuidanceRule);
        Assert.Equal(["seed", "series-b"], vc.Stages);
        Assert.False(vc.HasTicketRange);
        Assert.Null(vc.TicketCurrency);
        await Assert.ThrowsAsync<Marketplace.Application.Common.NotFoundException>(() => app.SendAsync(new GetMandate.Query(Guid.NewGuid())));
    }

    // ---- Does my project fit?

    /// <summary>A founder's published series-A round of CNY 50,000,000 (about USD 7 million) by a healthcare startup.</summary>
    private async Task<(TestUser Founder, Guid ProjectId)> FounderWithProjectAsync(string clusterKey, params string[] relocation)
    {
        var founder = await Users.RegisterAsync(app);
        var startupId = await app.SendAsync(
            new CreateStartup.Command(TestStartups.UniqueName(), "测试初创", null, null, clusterKey, ["healthcare"], "series-a", "2023", "12", null, relocation),
            MarketplaceApp.Principal(founder.Id, RoleNames.Founder));
        var projectId = await ProjectRows.InsertAsync(app, startupId, "Round " + Guid.NewGuid().ToString("N")[..8], ModerationState.Published);
        return (founder, projectId);
    }

    /// <summary>A Beijing guidance fund: healthcare, series A, USD 5–10 million, Beijing only, reinvestment 1.5× with relocation counting.</summary>
    private Task<Guid> BeijingGuidanceFundAsync() => InsertFundAsync("guidance", mandate: f =>
    {
        f.DefineMandate(TestFunds.Mandate(["healthcare"], ["series-a"], (5_000_000, 10_000_000, "USD"), ["beijing"], openToOtherClusters: false,
            rule: RegionRule.Reinvestment(["beijing"], 1.5m, acceptsRelocation: true)));
    });

    private static Dictionary<string, (string Reason, bool Passed)> Rules(Page page) =>
        page.Document.QuerySelectorAll("[data-testid=fit-rules] [data-rule]").ToDictionary(
            e => e.GetAttribute("data-rule")!, e => (e.GetAttribute("data-reason")!, e.GetAttribute("data-passed") == "true"));

    [Fact]
    public async Task A_project_in_the_region_fits_and_every_rule_says_why()
    {
        var fundId = await BeijingGuidanceFundAsync();
        var (founder, projectId) = await FounderWithProjectAsync("beijing");

        var page = await founder.Client.GetAsync($"/funds/{fundId}/fit?projectId={projectId}&culture=en");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("true", page.Document.QuerySelector("[data-testid=fit-verdict]")!.GetAttribute("data-fits"));
        var rules = Rules(page);
        Assert.Equal(FitRules.All, rules.Keys);
        Assert.All(rules.Values, r => Assert.True(r.Passed));
        Assert.Equal(FitReasons.ClusterTargeted, rules[FitRules.Cluster].Reason);
        Assert.Equal(FitReasons.InRegion, rules[FitRules.GuidanceRegion].Reason);
        var texts = page.Texts("[data-testid=fit-text]");
        Assert.Contains("Seeking CNY 50,000,000 (about USD 7,042,254), within the fund's ticket range (USD 5,000,000 – USD 10,000,000).", texts);
        Assert.Contains("In Beijing, inside the fund's region.", texts);
        // The mandate is shown beside the answer.
        Assert.Equal("Healthcare", page.Text("[data-testid=mandate-sectors]"));
        Assert.Contains("Beijing", page.Text("[data-testid=mandate-region-rule]"));
        Assert.Contains("1.5×", page.Text("[data-testid=mandate-region-rule]"));
    }

    [Fact]
    public async Task A_project_committed_to_relocate_into_the_region_fits_by_relocation_in_both_languages()
    {
        var fundId = await BeijingGuidanceFundAsync();
        var (founder, projectId) = await FounderWithProjectAsync("hangzhou", "shenzhen", "beijing");

        var en = await founder.Client.GetAsync($"/funds/{fundId}/fit?projectId={projectId}&culture=en");
        var zh = await founder.Client.GetAsync($"/funds/{fundId}/fit?projectId={projectId}&culture=zh-Hans");

        Assert.Equal("true", en.Document.QuerySelector("[data-testid=fit-verdict]")!.GetAttribute("data-fits"));
        var rules = Rules(en);
        Assert.Equal((FitReasons.RelocatingToTargetCluster, true), rules[FitRules.Cluster]);
        Assert.Equal((FitReasons.MeetsReinvestmentByRelocation, true), rules[FitRules.GuidanceRegion]);
        Assert.Contains("Committed to relocate to Beijing: meets the reinvestment rule by relocation.", en.Texts("[data-testid=fit-text]"));
        Assert.Contains("承诺迁往北京：以迁入方式满足返投要求。", zh.Texts("[data-testid=fit-text]"));
        Assert.Equal("该项目符合该基金的投资范围。", zh.Text("[data-testid=fit-verdict]"));
    }

    [Fact]
    public async Task A_project_outside_the_region_does_not_fit_and_the_rules_not_met_are_named()
    {
        var fundId = await BeijingGuidanceFundAsync();
        var (founder, projectId) = await FounderWithProjectAsync("hangzhou");

        var en = await founder.Client.GetAsync($"/funds/{fundId}/fit?projectId={projectId}&culture=en");
        var zh = await founder.Client.GetAsync($"/funds/{fundId}/fit?projectId={projectId}&culture=zh-Hans");

        Assert.Equal("false", en.Document.QuerySelector("[data-testid=fit-verdict]")!.GetAttribute("data-fits"));
        var failed = Rules(en).Where(r => !r.Value.Passed).ToDictionary(r => r.Key, r => r.Value.Reason);
        Assert.Equal(
            new Dictionary<string, string> { [FitRules.Cluster] = FitReasons.ClusterNotTargeted, [FitRules.GuidanceRegion] = FitReasons.OutsideGuidanceRegion },
            failed);
        Assert.Contains("In Hangzhou, outside the fund's region (Beijing).", en.Texts("[data-testid=fit-text]"));
        Assert.Contains("位于杭州，不在该基金的地域范围内（北京）。", zh.Texts("[data-testid=fit-text]"));
    }

    [Fact]
    public async Task Without_a_project_chosen_the_page_offers_the_founders_own_projects()
    {
        var fundId = await BeijingGuidanceFundAsync();
        var (founder, projectId) = await FounderWithProjectAsync("beijing");
        var (_, othersProject) = await FounderWithProjectAsync("beijing");
        var newcomer = await Users.RegisterAsync(app);

        // A founder reaches the check from the fund's public page.
        var fundPage = await founder.Client.GetAsync($"/funds/{fundId}");
        Assert.Equal($"/funds/{fundId}/fit", fundPage.Document.QuerySelector("[data-testid=fit-link]")?.GetAttribute("href"));
        var page = await founder.Client.GetAsync($"/funds/{fundId}/fit");
        var empty = await newcomer.Client.GetAsync($"/funds/{fundId}/fit");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([projectId.ToString()], page.Document.QuerySelectorAll<IHtmlOptionElement>("select[name=projectId] option").Select(o => o.Value));
        Assert.DoesNotContain(othersProject.ToString(), page.Html);
        Assert.Null(page.Document.QuerySelector("[data-testid=fit-verdict]"));
        Assert.NotNull(empty.Document.QuerySelector("[data-testid=no-projects]"));
    }

    [Fact]
    public async Task Only_the_projects_owners_may_check_it()
    {
        var fundId = await BeijingGuidanceFundAsync();
        var (_, published) = await FounderWithProjectAsync("beijing");
        var owner = await Users.RegisterAsync(app);
        var startupId = await TestStartups.CreateAsync(app, owner, clusterKey: "beijing");
        var draft = await ProjectRows.InsertAsync(app, startupId, "Draft round", ModerationState.Draft);
        var stranger = await Users.RegisterAsync(app);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Client.GetAsync($"/funds/{fundId}/fit?projectId={published}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Client.GetAsync($"/funds/{fundId}/fit?projectId={published}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/funds/{fundId}/fit?projectId={draft}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/funds/{Guid.NewGuid()}/fit?projectId={published}")).Status);
        using var visitor = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync($"/funds/{fundId}/fit?projectId={published}")).Status);

        // Its owner may, even before it is published: the answer says it must be published first.
        var own = await owner.Client.GetAsync($"/funds/{fundId}/fit?projectId={draft}&culture=en");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal((FitReasons.ProjectNotPublished, false), Rules(own)[FitRules.Project]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MandateTestsOnSqlite(SqliteApp app) : MandateTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MandateTestsOnPostgreSql(PostgresApp app) : MandateTests(app);
