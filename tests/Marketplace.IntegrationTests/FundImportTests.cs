using System.Text.Json;
using Marketplace.Application.Import;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Infrastructure;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Infrastructure.ImportFiles;

namespace Marketplace.IntegrationTests;

/// <summary>The "funds" section of the import (docs/import-format.md) and the demo funds.</summary>
public abstract class FundImportTests(MarketplaceApp app)
{
    private static object GuidanceMandate(object guidance, string currency = "CNY") => new
    {
        sectors = new[] { "ai-chips", "foundation-models" },
        stages = new[] { "seed", "series-a" },
        ticket = new { min = 5_000_000L, max = 30_000_000L, currency },
        clusters = new[] { "beijing" },
        openToOtherClusters = false,
        openToNewDeals = true,
        weeklyCapacity = 12,
        guidance,
    };

    [Fact]
    public async Task A_fund_imports_with_its_managers_as_partners_and_its_whole_mandate()
    {
        var u = Unique();
        var file = File(
            users: [User($"{u}-m1", $"{u}-m1@example.org", "fund-manager", "beijing"), User($"{u}-m2", $"{u}-m2@example.org", "fund-manager", "beijing")],
            funds:
            [
                Fund($"{u}-f", [$"{u}-m1", $"{u}-m2"], "guidance", "beijing",
                    GuidanceMandate(new { regions = new[] { "beijing" }, rule = "reinvestment", reinvestmentRatio = 1.5m, acceptsRelocation = true }),
                    size: new { amount = 10_000_000_000L, currency = "CNY" }, verified: true),
            ]);

        var result = await app.ImportAsync(file);

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.For("funds").Created);
        await app.QueryAsync(async db =>
        {
            var fund = await db.Funds.SingleAsync(f => f.ImportKey == $"{u}-f");
            Assert.Equal(($"Test fund {u}-f", $"测试基金 {u}-f"), (fund.Name.En, fund.Name.Zh));
            Assert.Equal(("A fund made by a test.", "测试创建的基金。"), (fund.Description.En, fund.Description.Zh));
            Assert.Equal("guidance", fund.Type);
            Assert.Equal(await db.Clusters.Where(c => c.Key == "beijing").Select(c => c.Id).SingleAsync(), fund.ClusterId);
            Assert.Equal(("https://example.org/fund", 10_000_000_000L, "CNY", true), (fund.Website, fund.SizeAmount, fund.SizeCurrency, fund.IsVerified));
            Assert.Equal(["ai-chips", "foundation-models"], fund.MandateSectors);
            Assert.Equal(["seed", "series-a"], fund.MandateStages);
            Assert.Equal((5_000_000L, 30_000_000L, "CNY"), (fund.TicketMin, fund.TicketMax, fund.TicketCurrency));
            Assert.Equal(["beijing"], fund.TargetClusterKeys);
            Assert.Equal((false, true, 12), (fund.OpenToOtherClusters, fund.OpenToNewDeals, fund.WeeklyCapacity));
            Assert.Equal(("reinvestment", 1.5m, true), (fund.GuidanceRule, fund.ReinvestmentRatio, fund.AcceptsRelocation));
            Assert.Equal(["beijing"], fund.GuidanceRegions);

            var managers = await db.UserProfiles.Where(p => p.ImportKey!.StartsWith(u)).Select(p => p.Id).ToListAsync();
            var members = await db.FundMembers.Where(m => m.FundId == fund.Id).ToListAsync();
            Assert.Equal(managers.Order(), members.Select(m => m.UserId).Order());
            Assert.All(members, m => Assert.Equal(FundRoles.Partner, m.Role));
            return true;
        });
    }

    [Fact]
    public async Task A_fund_without_a_mandate_invests_in_anything_and_a_file_without_verified_leaves_the_badge_alone()
    {
        var u = Unique();
        var users = new[] { User($"{u}-m", $"{u}-m@example.org", "fund-manager") };
        Assert.Empty((await app.ImportAsync(File(users: users,
            funds: [new { key = $"{u}-f", managers = new[] { $"{u}-m" }, name = new { zh = "无限制天使" }, type = "angel" }]))).Errors);
        await app.QueryAsync(async db =>
        {
            var fund = await db.Funds.SingleAsync(f => f.ImportKey == $"{u}-f");
            Assert.Equal((null, "无限制天使"), (fund.Name.En, fund.Name.Zh));
            Assert.Null(fund.ClusterId);
            Assert.Empty(fund.MandateSectors);
            Assert.Empty(fund.MandateStages);
            Assert.Empty(fund.TargetClusterKeys);
            Assert.Equal((null, null, null), (fund.TicketMin, fund.TicketMax, fund.TicketCurrency));
            Assert.Equal((true, true, (int?)null, (string?)null), (fund.OpenToOtherClusters, fund.OpenToNewDeals, fund.WeeklyCapacity, fund.GuidanceRule));
            // An administrator verifies the fund on the site.
            fund.SetVerified(true);
            return await db.SaveChangesAsync();
        });

        var changed = await app.ImportAsync(File(users: users,
            funds: [new { key = $"{u}-f", managers = new[] { $"{u}-m" }, name = new { zh = "无限制天使基金" }, type = "angel" }]));

        Assert.Empty(changed.Errors);
        Assert.Equal(1, changed.For("funds").Updated);
        var fund = await app.QueryAsync(db => db.Funds.SingleAsync(f => f.ImportKey == $"{u}-f"));
        Assert.Equal(("无限制天使基金", true), (fund.Name.Zh, fund.IsVerified));
    }

    [Fact]
    public async Task Importing_the_same_funds_twice_changes_nothing()
    {
        var u = Unique();
        var file = File(
            users: [User($"{u}-m1", $"{u}-m1@example.org", "fund-manager", "shenzhen"), User($"{u}-m2", $"{u}-m2@example.org", "fund-manager", "shenzhen")],
            funds:
            [
                Fund($"{u}-g", [$"{u}-m1"], "guidance", "shenzhen",
                    GuidanceMandate(new { regions = new[] { "shenzhen" }, rule = "reinvestment", reinvestmentRatio = 1.2m, acceptsRelocation = false })),
                Fund($"{u}-h", [$"{u}-m1"], "guidance", "hangzhou", GuidanceMandate(new { regions = new[] { "hangzhou" }, rule = "registered-in-region" })),
                Fund($"{u}-n", [$"{u}-m2"], "guidance", "shanghai", GuidanceMandate(new { regions = new[] { "shanghai" }, rule = "none" })),
                Fund($"{u}-v", [$"{u}-m1", $"{u}-m2"], "corporate-vc", "shenzhen", verified: false),
            ]);
        var first = await app.ImportAsync(file);
        Assert.Empty(first.Errors);
        Assert.Equal(4, first.For("funds").Created);
        var before = await SnapshotAsync(u);

        var second = await app.ImportAsync(file);

        Assert.Empty(second.Errors);
        Assert.Equal((4, 2), (second.For("funds").Unchanged, second.For("users").Unchanged));
        Assert.Equal(0, second.Created + second.Updated + second.Failed);
        Assert.Equal(before, await SnapshotAsync(u));
    }

    [Fact]
    public async Task A_changed_fund_updates_its_row_by_key_adds_new_managers_keeps_the_others_and_the_audit_log_has_before_and_after()
    {
        var u = Unique();
        var users = new[] { User($"{u}-m1", $"{u}-m1@example.org", "fund-manager", "toronto"), User($"{u}-m2", $"{u}-m2@example.org", "fund-manager", "toronto") };
        Assert.Empty((await app.ImportAsync(File(users: users, funds: [Fund($"{u}-f", [$"{u}-m1"], "venture-capital", "toronto")]))).Errors);
        var id = await app.QueryAsync(db => db.Funds.Where(f => f.ImportKey == $"{u}-f").Select(f => f.Id).SingleAsync());

        var changed = await app.ImportAsync(File(users: users, funds:
        [
            Fund($"{u}-f", [$"{u}-m2"], "venture-capital", "toronto", nameEn: "Renamed fund", mandate: new
            {
                sectors = new[] { "fintech", "healthcare" },
                stages = new[] { "seed" },
                ticket = new { min = 1_000_000L, max = 15_000_000L, currency = "CAD" },
                openToNewDeals = false,
            }),
        ]));

        Assert.Empty(changed.Errors);
        Assert.Equal(1, changed.For("funds").Updated);
        await app.QueryAsync(async db =>
        {
            var fund = await db.Funds.SingleAsync(f => f.ImportKey == $"{u}-f");
            Assert.Equal(id, fund.Id);
            Assert.Equal($"Renamed fund {u}-f", fund.Name.En);
            Assert.Equal(["fintech", "healthcare"], fund.MandateSectors);
            Assert.Equal((1_000_000L, 15_000_000L, "CAD", false), (fund.TicketMin, fund.TicketMax, fund.TicketCurrency, fund.OpenToNewDeals));
            Assert.Empty(fund.TargetClusterKeys);
            var members = await db.FundMembers.Where(m => m.FundId == id).Select(m => m.UserId).ToListAsync();
            var managers = await db.UserProfiles.Where(p => p.ImportKey!.StartsWith(u)).Select(p => p.Id).ToListAsync();
            Assert.Equal(managers.Order(), members.Order());

            var line = Assert.Single(await db.AuditEntries.Where(a => a.EntityId == id.ToString() && a.Action == "Modified").ToListAsync());
            Assert.Equal((nameof(Fund), ImportRunner.UseCaseName), (line.EntityType, line.UseCase));
            var changes = JsonDocument.Parse(line.Changes).RootElement;
            Assert.Equal($"Test fund {u}-f", changes.GetProperty("Name.En").GetProperty("before").GetString());
            Assert.Equal($"Renamed fund {u}-f", changes.GetProperty("Name.En").GetProperty("after").GetString());
            Assert.Equal("CNY", changes.GetProperty("TicketCurrency").GetProperty("before").GetString());
            Assert.Equal("CAD", changes.GetProperty("TicketCurrency").GetProperty("after").GetString());
            Assert.True(changes.GetProperty("OpenToNewDeals").GetProperty("before").GetBoolean());
            return true;
        });
    }

    [Theory]
    [InlineData("unknown-type")]
    [InlineData("no-managers")]
    [InlineData("unknown-manager")]
    [InlineData("manager-not-fund-manager")]
    [InlineData("unknown-cluster")]
    [InlineData("unknown-target-cluster")]
    [InlineData("unknown-region")]
    [InlineData("unknown-sector")]
    [InlineData("unknown-stage")]
    [InlineData("duplicate-stage")]
    [InlineData("ticket-min-above-max")]
    [InlineData("ticket-without-bounds")]
    [InlineData("ticket-currency-without-rate")]
    [InlineData("guidance-rules-on-a-venture-fund")]
    [InlineData("unknown-rule")]
    [InlineData("reinvestment-without-ratio")]
    [InlineData("ratio-below-one")]
    [InlineData("ratio-as-a-percentage")]
    [InlineData("ticket-above-the-largest-amount")]
    [InlineData("relocation-without-reinvestment")]
    [InlineData("region-rule-without-regions")]
    [InlineData("bad-website")]
    [InlineData("zero-size")]
    [InlineData("zero-weekly-capacity")]
    [InlineData("unknown-field")]
    [InlineData("no-name")]
    public async Task A_bad_fund_is_named_by_section_key_and_field_and_nothing_of_it_is_written_while_the_others_import(string fault)
    {
        var u = Unique();
        var manager = $"{u}-m";
        List<object> users = [User(manager, $"{u}-m@example.org", "fund-manager", "london"), User($"{u}-f", $"{u}-f@example.org", "founder", "london")];
        var bad = $"{u}-bad";
        object Guidance(object guidance) => Fund(bad, [manager], "guidance", "london", GuidanceMandate(guidance, "GBP"));
        var (record, field) = fault switch
        {
            "unknown-type" => (Fund(bad, [manager], "hedge-fund"), "type"),
            "no-managers" => (Fund(bad, []), "managers"),
            "unknown-manager" => (Fund(bad, [$"{u}-nobody"]), "managers"),
            "manager-not-fund-manager" => (Fund(bad, [manager, $"{u}-f"]), "managers"),
            "unknown-cluster" => (Fund(bad, [manager], cluster: $"nowhere-{u}"), "cluster"),
            "unknown-target-cluster" => (Fund(bad, [manager], mandate: new { clusters = new[] { "london", $"nowhere-{u}" } }), "mandate.clusters"),
            "unknown-region" => (Guidance(new { regions = new[] { $"nowhere-{u}" }, rule = "registered-in-region" }), "mandate.guidance.regions"),
            "unknown-sector" => (Fund(bad, [manager], mandate: new { sectors = new[] { "fintech", "alchemy" } }), "mandate.sectors"),
            "unknown-stage" => (Fund(bad, [manager], mandate: new { stages = new[] { "series-z" } }), "mandate.stages"),
            "duplicate-stage" => (Fund(bad, [manager], mandate: new { stages = new[] { "seed", "seed" } }), "mandate.stages"),
            "ticket-min-above-max" => (Fund(bad, [manager], mandate: new { ticket = new { min = 10L, max = 5L, currency = "GBP" } }), "mandate.ticket.max"),
            "ticket-without-bounds" => (Fund(bad, [manager], mandate: new { ticket = new { currency = "GBP" } }), "mandate.ticket"),
            "ticket-currency-without-rate" => (Fund(bad, [manager], mandate: new { ticket = new { min = 1L, currency = "BRL" } }), "mandate.ticket.currency"),
            "guidance-rules-on-a-venture-fund" =>
                (Fund(bad, [manager], "venture-capital", mandate: new { guidance = new { regions = new[] { "london" }, rule = "registered-in-region" } }), "mandate.guidance"),
            "unknown-rule" => (Guidance(new { regions = new[] { "london" }, rule = "stay-local" }), "mandate.guidance.rule"),
            "reinvestment-without-ratio" => (Guidance(new { regions = new[] { "london" }, rule = "reinvestment" }), "mandate.guidance.reinvestmentRatio"),
            "ratio-below-one" => (Guidance(new { regions = new[] { "london" }, rule = "reinvestment", reinvestmentRatio = 0.8m }), "mandate.guidance.reinvestmentRatio"),
            "ratio-as-a-percentage" => (Guidance(new { regions = new[] { "london" }, rule = "reinvestment", reinvestmentRatio = 50m }), "mandate.guidance.reinvestmentRatio"),
            "ticket-above-the-largest-amount" => (Fund(bad, [manager], mandate: new { ticket = new { max = 10_000_000_000_001L, currency = "GBP" } }), "mandate.ticket.max"),
            "relocation-without-reinvestment" =>
                (Guidance(new { regions = new[] { "london" }, rule = "registered-in-region", acceptsRelocation = true }), "mandate.guidance.acceptsRelocation"),
            "region-rule-without-regions" => (Guidance(new { rule = "registered-in-region" }), "mandate.guidance.regions"),
            "bad-website" => (Fund(bad, [manager], website: "ftp://example.org"), "website"),
            "zero-size" => (Fund(bad, [manager], size: new { amount = 0L, currency = "GBP" }), "size.amount"),
            "zero-weekly-capacity" => (Fund(bad, [manager], mandate: new { weeklyCapacity = 0 }), "mandate.weeklyCapacity"),
            "unknown-field" => (Fund(bad, [manager], mandate: new { colour = "green" }), "mandate.colour"),
            "no-name" => ((object)new { key = bad, managers = new[] { manager }, name = new { en = " " }, type = "angel" }, "name"),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };

        var result = await app.ImportAsync(File(users: users, funds: [Fund($"{u}-good", [manager], "angel", "london"), record]));

        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("funds", bad, field) && e.Message.Length > 0);
        Assert.Equal(1, result.Failed);
        Assert.Equal(1, result.For("funds").Created);
        await app.QueryAsync(async db =>
        {
            Assert.True(await db.Funds.AnyAsync(f => f.ImportKey == $"{u}-good"));
            Assert.False(await db.Funds.AnyAsync(f => f.ImportKey == bad));
            Assert.False(await db.ImportedRecords.AnyAsync(r => r.Key == bad));
            return true;
        });
    }

    [Fact]
    public async Task A_bad_fund_is_explained_in_Chinese_to_a_Chinese_reader()
    {
        var u = Unique();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-Hans");
        try
        {
            var result = await app.ImportAsync(File(users: [User($"{u}-m", $"{u}-m@example.org", "fund-manager")], funds:
                [Fund($"{u}-bad", [$"{u}-m"], "venture-capital", mandate: new { guidance = new { rule = "none" } })]));
            var error = Assert.Single(result.Errors);
            Assert.Equal(("funds", $"{u}-bad", "mandate.guidance", "只有政府引导基金才有地域规则。"), (error.Section, error.Key, error.Field, error.Message));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task A_dry_run_checks_funds_and_writes_nothing()
    {
        var u = Unique();
        var result = await app.ImportAsync(File(
                users: [User($"{u}-m", $"{u}-m@example.org", "fund-manager", "singapore")],
                funds: [Fund($"{u}-f", [$"{u}-m"], "venture-capital", "singapore"), Fund($"{u}-bad", [$"{u}-m"], "sovereign", "singapore")]),
            new ImportOptions(DryRun: true));

        Assert.True(result.DryRun);
        Assert.Equal(1, result.For("funds").Created);
        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("funds", $"{u}-bad", "type"));
        await app.QueryAsync(async db =>
        {
            Assert.False(await db.Funds.AnyAsync(f => f.ImportKey!.StartsWith(u)));
            Assert.False(await db.ImportedRecords.AnyAsync(r => r.Key.StartsWith(u)));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.Changes.Contains(u)));
            return true;
        });
    }

    [Fact]
    public async Task The_demo_file_imports_funds_of_every_type_in_every_cluster_with_each_region_rule_and_a_second_run_changes_nothing()
    {
        var json = await System.IO.File.ReadAllTextAsync(Path.Combine(ContentRoot.Find(), "demo", "marketplace-demo.json"));
        var keys = JsonDocument.Parse(json).RootElement.GetProperty("funds").EnumerateArray().Select(e => e.GetProperty("key").GetString()!).ToList();

        var first = await app.ImportAsync(json, new ImportOptions(PasswordForAll: "demo passphrase for tests"));
        Assert.Empty(first.Errors);
        var before = await DemoSnapshotAsync(keys);

        var second = await app.ImportAsync(json);

        Assert.Empty(second.Errors);
        Assert.Equal(keys.Count, second.For("funds").Unchanged);
        Assert.Equal(before, await DemoSnapshotAsync(keys));

        var funds = await app.QueryAsync(db => (
            from f in db.Funds
            where keys.Contains(f.ImportKey!)
            join c in db.Clusters on f.ClusterId equals c.Id
            select new { Cluster = c.Key, Fund = f }).ToListAsync());
        Assert.Equal(keys.Count, funds.Count);
        Assert.All(Codes.ReferenceClusters, key => Assert.Contains(funds, f => f.Cluster == key));
        Assert.All(Codes.FundTypes, type => Assert.Contains(funds, f => f.Fund.Type == type));
        var guidance = funds.Select(f => f.Fund).Where(f => f.Type == "guidance").ToList();
        Assert.Contains(guidance, f => f.GuidanceRule == "registered-in-region" && f.GuidanceRegions.Count > 0);
        Assert.Contains(guidance, f => f.GuidanceRule == "reinvestment" && f.AcceptsRelocation && f.ReinvestmentRatio == 1.5m);
        Assert.Contains(guidance, f => f.GuidanceRule == "reinvestment" && !f.AcceptsRelocation && f.ReinvestmentRatio >= 1);
        Assert.Contains(guidance, f => f.GuidanceRule == "none");
        Assert.All(funds, f => Assert.All(new[] { f.Fund.Name, f.Fund.Description },
            text => Assert.False(string.IsNullOrWhiteSpace(text.En) || string.IsNullOrWhiteSpace(text.Zh), $"{text.En} / {text.Zh}")));
        var ids = funds.Select(f => f.Fund.Id).ToList();
        var managed = await app.QueryAsync(db => db.FundMembers.Where(m => ids.Contains(m.FundId)).Select(m => m.FundId).Distinct().CountAsync());
        Assert.Equal(keys.Count, managed);
    }

    /// <summary>Every row the import writes for funds whose keys start with the prefix, as text.</summary>
    private Task<string> SnapshotAsync(string prefix) => app.QueryAsync(async db =>
        JsonSerializer.Serialize(await FundRowsAsync(db, db.Funds.Where(f => f.ImportKey!.StartsWith(prefix)))));

    private Task<string> DemoSnapshotAsync(List<string> keys) => app.QueryAsync(async db =>
        JsonSerializer.Serialize(await FundRowsAsync(db, db.Funds.Where(f => keys.Contains(f.ImportKey!)))));

    private static async Task<object> FundRowsAsync(Marketplace.Infrastructure.Persistence.AppDbContext db, IQueryable<Fund> funds)
    {
        var list = await funds.AsNoTracking().OrderBy(f => f.ImportKey).ToListAsync();
        var ids = list.Select(f => f.Id).ToList();
        var members = (await db.FundMembers.AsNoTracking().Where(m => ids.Contains(m.FundId)).ToListAsync())
            .OrderBy(m => m.FundId).ThenBy(m => m.UserId).ToList();
        var keys = list.Select(f => f.ImportKey!).ToList();
        var records = (await db.ImportedRecords.AsNoTracking().Where(r => r.Section == FundImport.Section && keys.Contains(r.Key)).ToListAsync())
            .OrderBy(r => r.Key).ToList();
        var entityIds = ids.Select(i => i.ToString()).ToList();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => entityIds.Contains(a.EntityId)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.EntityId, a.Action, a.Changes }).ToListAsync();
        return new { list, members, records, audit };
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FundImportTestsOnSqlite(SqliteApp app) : FundImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FundImportTestsOnPostgreSql(PostgresApp app) : FundImportTests(app);
