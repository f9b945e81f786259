using System.Net;
using System.Text.Json;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Infrastructure.ImportFiles;

namespace Marketplace.IntegrationTests;

/// <summary>
/// One door as good as the other (issue 12): a fund imported at each limit of its mandate is saved again
/// from its own mandate form unchanged, and a mandate the form refuses is refused by the import in the same words.
/// </summary>
public abstract class FundRoundTripTests(MarketplaceApp app)
{
    private static object Reinvestment(decimal ratio, bool acceptsRelocation = true) =>
        new { regions = new[] { "shenzhen", "beijing" }, rule = "reinvestment", reinvestmentRatio = ratio, acceptsRelocation };

    public static TheoryData<string, string, object?> AtTheLimits() => new()
    {
        // What the form and the import share, at each end.
        {
            "largest ratio, largest ticket, most applications", "guidance", new
            {
                sectors = new[] { "healthcare", "ai-chips" }, // a set: stored in ordinal order, as the form posts it
                stages = new[] { "series-a", "idea", "pre-ipo" }, // a set: stored in the product's order
                ticket = new { min = Money.MaxAmount, max = Money.MaxAmount, currency = "CNY" },
                clusters = new[] { "shenzhen", "beijing" },
                openToOtherClusters = false,
                openToNewDeals = true,
                weeklyCapacity = MandateLimits.MaxWeeklyCapacity,
                guidance = Reinvestment(MandateLimits.MaxReinvestmentRatio),
            }
        },
        {
            "smallest ratio, smallest ticket, one application a week", "guidance", new
            {
                ticket = new { min = 1L, max = 1L, currency = "USD" },
                openToNewDeals = false,
                weeklyCapacity = 1,
                guidance = Reinvestment(MandateLimits.MinReinvestmentRatio, acceptsRelocation: false),
            }
        },
        { "ratio with two decimals, open ticket", "guidance", new { ticket = new { max = 30_000_000L, currency = "EUR" }, guidance = Reinvestment(1.25m) } },
        { "registered in the region", "guidance", new { guidance = new { regions = new[] { "hangzhou" }, rule = "registered-in-region" } } },
        { "a guidance fund that dropped its rules", "guidance", new { guidance = new { rule = "none" } } },
        { "a guidance fund whose file names no rule", "guidance", new { sectors = new[] { "robotics" } } },
        { "a venture fund without a mandate", "venture-capital", null },
    };

    [Theory]
    [MemberData(nameof(AtTheLimits))]
    public async Task A_fund_imported_at_a_limit_is_saved_again_from_its_mandate_form_unchanged(string limit, string type, object? mandate)
    {
        var u = Unique();
        var fundKey = $"{u}-f";
        var file = File(users: [User($"{u}-m", $"{u}-m@example.org", "fund-manager", "beijing")],
            funds: [Fund(fundKey, [$"{u}-m"], type, "beijing", mandate ?? new { })]);
        var imported = await app.ImportAsync(file);
        Assert.True(imported.Errors.Count == 0, $"{limit}: {string.Join("; ", imported.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
        var fundId = await app.QueryAsync(db => db.Funds.Where(f => f.ImportKey == fundKey).Select(f => f.Id).SingleAsync());
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        await app.QueryAsync(db =>
        {
            db.FundMembers.Add(new FundMember { FundId = fundId, UserId = partner.Id, Role = FundRoles.Partner, JoinedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        var before = await RowAsync(fundId);

        // As a browser would: the form as it comes, posted back untouched.
        var form = await partner.Client.GetAsync($"/funds/{fundId}/mandate");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var saved = await partner.Client.SubmitAsync(form, new Dictionary<string, string>());

        Assert.True(saved.Status == HttpStatusCode.Redirect, $"{limit}: {saved.Status} {saved.Text("main")}");
        Assert.Equal(before, await RowAsync(fundId));
        // And the file again: nothing to do either.
        var again = await app.ImportAsync(file);
        Assert.Equal(1, again.For("funds").Unchanged);
        Assert.Equal(before, await RowAsync(fundId));
    }

    /// <summary>A mandate form of a Beijing guidance fund with the reinvestment rule, valid; a case replaces one field.</summary>
    private static Dictionary<string, string[]> ValidForm() => new()
    {
        ["Sectors"] = ["healthcare"],
        ["Stages"] = ["seed"],
        ["TicketMin"] = ["5000000"],
        ["TicketMax"] = ["30000000"],
        ["TicketCurrency"] = ["CNY"],
        ["TargetClusterKeys"] = ["beijing"],
        ["OpenToOtherClusters"] = ["true"],
        ["OpenToNewDeals"] = ["true"],
        ["WeeklyCapacity"] = ["20"],
        ["GuidanceRule"] = ["reinvestment"],
        ["GuidanceRegions"] = ["beijing"],
        ["ReinvestmentRatio"] = ["1.5"],
        ["AcceptsRelocation"] = ["true"],
    };

    private static Dictionary<string, object?> ValidMandate() => new()
    {
        ["sectors"] = new[] { "healthcare" },
        ["stages"] = new[] { "seed" },
        ["ticket"] = new Dictionary<string, object?> { ["min"] = 5_000_000L, ["max"] = 30_000_000L, ["currency"] = "CNY" },
        ["clusters"] = new[] { "beijing" },
        ["weeklyCapacity"] = 20,
        ["guidance"] = new Dictionary<string, object?> { ["regions"] = new[] { "beijing" }, ["rule"] = "reinvestment", ["reinvestmentRatio"] = 1.5m, ["acceptsRelocation"] = true },
    };

    public static TheoryData<string, string[], string, string, string> Refused() => new()
    {
        // Form field and values, file path (dots into the mandate) and value as JSON, where the import reports it.
        { "ReinvestmentRatio", ["50"], "guidance.reinvestmentRatio", "50", "mandate.guidance.reinvestmentRatio" },
        { "ReinvestmentRatio", ["10.01"], "guidance.reinvestmentRatio", "10.01", "mandate.guidance.reinvestmentRatio" },
        { "ReinvestmentRatio", ["1.555"], "guidance.reinvestmentRatio", "1.555", "mandate.guidance.reinvestmentRatio" },
        { "ReinvestmentRatio", ["0.99"], "guidance.reinvestmentRatio", "0.99", "mandate.guidance.reinvestmentRatio" },
        { "WeeklyCapacity", ["1001"], "weeklyCapacity", "1001", "mandate.weeklyCapacity" },
        { "WeeklyCapacity", ["0"], "weeklyCapacity", "0", "mandate.weeklyCapacity" },
        { "TicketMax", ["10000000000001"], "ticket.max", "10000000000001", "mandate.ticket.max" },
        { "TicketMin", ["0"], "ticket.min", "0", "mandate.ticket.min" },
        { "TicketMin", ["40000000"], "ticket.min", "40000000", "mandate.ticket.max" }, // above the maximum: told at the maximum
        { "TicketCurrency", ["BRL"], "ticket.currency", "\"BRL\"", "mandate.ticket.currency" },
        { "Sectors", ["healthcare", "quantum-astrology"], "sectors", "[\"healthcare\", \"quantum-astrology\"]", "mandate.sectors" },
        { "GuidanceRegions", [], "guidance.regions", "[]", "mandate.guidance.regions" },
        { "GuidanceRule", ["lottery"], "guidance.rule", "\"lottery\"", "mandate.guidance.rule" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_mandate_the_form_refuses_the_import_refuses_in_the_same_words(
        string formField, string[] formValues, string filePath, string fileValue, string fileField)
    {
        var partner = await Users.RegisterAsync(app, RoleNames.FundManager);
        var u = Unique();
        var fundId = await app.QueryAsync(async db =>
        {
            var fund = new Fund(new LocalizedText($"Round trip {u}", "往返基金"), GuidanceRuleCodes.GuidanceFundType);
            db.Funds.Add(fund);
            db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = partner.Id, Role = FundRoles.Partner, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return fund.Id;
        });
        var form = ValidForm();
        form[formField] = formValues;
        var mandate = ValidMandate();
        Set(mandate, filePath, JsonSerializer.Deserialize<JsonElement>(fileValue));

        var page = await partner.Client.PostFormAsync($"/funds/{fundId}/mandate", form.Flatten());
        var imported = await app.ImportAsync(File(users: [User($"{u}-m", $"{u}-m@example.org", "fund-manager", "beijing")],
            funds: [Fund($"{u}-f", [$"{u}-m"], "guidance", "beijing", mandate)]));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        // The form's field for the file's: the same name, but for the ticket's bounds.
        var errorField = fileField == "mandate.ticket.max" ? "TicketMax" : formField;
        var message = page.FieldError(errorField);
        Assert.False(string.IsNullOrEmpty(message), $"No message at {errorField}: {page.Text("main")}");
        var error = Assert.Single(imported.Errors, e => e.Key == $"{u}-f" && e.Field == fileField);
        Assert.Equal(message, error.Message);
        Assert.False(await app.QueryAsync(db => db.Funds.AnyAsync(f => f.ImportKey == $"{u}-f")));
    }

    private static void Set(Dictionary<string, object?> mandate, string path, JsonElement value)
    {
        var parts = path.Split('.');
        var target = mandate;
        foreach (var part in parts[..^1])
            target = (Dictionary<string, object?>)target[part]!;
        target[parts[^1]] = value;
    }

    /// <summary>The fund's row as stored, version and times included, and its audit lines: what "unchanged" means.</summary>
    private Task<string> RowAsync(Guid fundId) => app.QueryAsync(async db =>
    {
        var fund = await db.Funds.AsNoTracking().SingleAsync(f => f.Id == fundId);
        var key = fundId.ToString();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == key).CountAsync();
        return JsonSerializer.Serialize(new { fund, audit });
    });
}

[Collection(SqliteCollection.Name)]
public sealed class FundRoundTripTestsOnSqlite(SqliteApp app) : FundRoundTripTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FundRoundTripTestsOnPostgreSql(PostgresApp app) : FundRoundTripTests(app);
