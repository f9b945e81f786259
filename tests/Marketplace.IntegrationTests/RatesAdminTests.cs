using System.Net;
using AngleSharp.Dom;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>
/// /admin/rates: administrators only; a rate is positive and at most 1,000,000; a new currency is
/// three letters and new; concurrent edits are detected. Tests add currencies of their own (codes
/// starting with Z, which ISO 4217 does not use for these) and never change the seeded rates others read.
/// </summary>
public abstract class RatesAdminTests(MarketplaceApp app)
{
    private async Task<string> NewCodeAsync()
    {
        var taken = await app.QueryAsync(db => db.CurrencyRates.Select(r => r.Currency).ToListAsync());
        string code;
        do
            code = "Z" + (char)('A' + Random.Shared.Next(26)) + (char)('A' + Random.Shared.Next(26));
        while (taken.Contains(code));
        return code;
    }

    private Task<decimal?> RateAsync(string code) =>
        app.QueryAsync(db => db.CurrencyRates.Where(r => r.Currency == code).Select(r => (decimal?)r.UnitsPerReference).SingleOrDefaultAsync());

    [Fact]
    public async Task A_founder_gets_403_and_an_anonymous_visitor_the_sign_in_page_and_neither_changes_a_rate()
    {
        var code = await NewCodeAsync();
        var admin = await Users.AdminAsync(app);
        await admin.Client.SubmitAsync("/admin/rates/new", new Dictionary<string, string> { ["Currency"] = code, ["UnitsPerReference"] = "2" });
        var founder = await Users.RegisterAsync(app);
        var token = Infrastructure.WebClient.TokenOf(await founder.Client.GetAsync("/account/profile"));
        var newCode = await NewCodeAsync();

        foreach (var url in new[] { "/admin/rates", "/admin/rates/new", $"/admin/rates/{code}/edit" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await founder.Client.GetAsync(url)).Status);
            var anonymous = await app.NewClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
            Assert.StartsWith("/account/login?ReturnUrl=", Redirects.PathOf(anonymous.Location));
        }
        var edit = await founder.Client.PostAsync($"/admin/rates/{code}/edit",
            [new("UnitsPerReference", "9"), new("Version", "0"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, edit.Status);
        var add = await founder.Client.PostAsync("/admin/rates/new",
            [new("Currency", newCode), new("UnitsPerReference", "9"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, add.Status);

        Assert.Equal(2m, await RateAsync(code));
        Assert.Null(await RateAsync(newCode));
    }

    [Fact]
    public async Task An_administrator_adds_a_currency_and_edits_its_rate_and_discovery_uses_it_at_once()
    {
        var code = await NewCodeAsync();
        var (key, clusterId) = await TestClusters.CreateAsync(app);
        await TestProjects.ProjectAsync(app, await TestProjects.StartupAsync(app, clusterId, "Rated later"), "New-currency project", 40_000_000, code);
        var visitor = app.NewClient();
        Assert.Empty((await visitor.GetAsync($"/projects?cluster={key}&minAmount=1000000&maxAmount=30000000")).Texts("[data-testid=project-title]"));

        var admin = await Users.AdminAsync(app);
        var added = await admin.Client.SubmitAsync("/admin/rates/new",
            new Dictionary<string, string> { ["Currency"] = code.ToLowerInvariant(), ["UnitsPerReference"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Equal(4m, await RateAsync(code));
        var list = await admin.Client.GetAsync("/admin/rates");
        Assert.Equal("4", list.Document.QuerySelector($"tr[data-currency='{code}'] [data-testid=rate]")!.TextContent.Trim());
        // 40,000,000 at 4 per dollar is 10,000,000 USD.
        Assert.Equal(["New-currency project"], (await visitor.GetAsync($"/projects?cluster={key}&minAmount=1000000&maxAmount=30000000")).Texts("[data-testid=project-title]"));

        var saved = await admin.Client.SubmitAsync($"/admin/rates/{code}/edit", new Dictionary<string, string> { ["UnitsPerReference"] = "0.5" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(0.5m, await RateAsync(code));
        // Now it is 80,000,000 USD: outside the range.
        Assert.Empty((await visitor.GetAsync($"/projects?cluster={key}&minAmount=1000000&maxAmount=30000000")).Texts("[data-testid=project-title]"));
        var id = (await app.QueryAsync(db => db.CurrencyRates.Where(r => r.Currency == code).Select(r => r.Id).SingleAsync())).ToString();
        Assert.Equal(["AddCurrency", "UpdateCurrencyRate"],
            await app.QueryAsync(db => db.AuditEntries.Where(e => e.EntityId == id).OrderBy(e => e.Id).Select(e => e.UseCase).ToListAsync()));
    }

    [Fact]
    public async Task Bad_rates_and_codes_are_refused_at_the_field_and_nothing_is_saved()
    {
        var admin = await Users.AdminAsync(app);
        var code = await NewCodeAsync();
        foreach (var rate in new[] { "0", "-3", "1000001", "abc", "", "1.1234567" })
        {
            var page = await admin.Client.SubmitAsync("/admin/rates/new", new Dictionary<string, string> { ["Currency"] = code, ["UnitsPerReference"] = rate });
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Equal(rate == "1.1234567" ? "Use at most 6 decimal places." : "Enter a number greater than 0 and at most 1,000,000, such as 7.1.",
                page.FieldError("UnitsPerReference"));
            Assert.Equal(code, page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Currency")!.Value);
        }
        Assert.Null(await RateAsync(code));

        foreach (var bad in new[] { "RMB1", "¥", "C1Y", "" })
        {
            var page = await admin.Client.SubmitAsync("/admin/rates/new", new Dictionary<string, string> { ["Currency"] = bad, ["UnitsPerReference"] = "7" });
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Equal("Use a three-letter ISO 4217 code such as CNY, EUR or JPY.", page.FieldError("Currency"));
        }
        var taken = await admin.Client.SubmitAsync("/admin/rates/new", new Dictionary<string, string> { ["Currency"] = "cny", ["UnitsPerReference"] = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, taken.Status);
        Assert.Equal("This currency is already in the table.", taken.FieldError("Currency"));
        Assert.Equal(7.1m, await RateAsync("CNY"));

        var reference = await admin.Client.SubmitAsync("/admin/rates/USD/edit", new Dictionary<string, string> { ["UnitsPerReference"] = "2" });
        Assert.Equal(HttpStatusCode.BadRequest, reference.Status);
        Assert.Equal("USD is the reference currency: its rate is always 1.", reference.FieldError("UnitsPerReference"));
        Assert.Equal(1m, await RateAsync("USD"));

        var chinese = await admin.Client.SubmitAsync("/admin/rates/new?culture=zh-Hans", new Dictionary<string, string> { ["Currency"] = code, ["UnitsPerReference"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, chinese.Status);
        Assert.Equal("请输入大于 0 且不超过 1,000,000 的数字，例如 7.1。", chinese.FieldError("UnitsPerReference"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/admin/rates/QQQ/edit")).Status);
    }

    [Fact]
    public async Task When_two_administrators_edit_the_same_rate_the_second_gets_409_and_the_first_rate_stays()
    {
        var code = await NewCodeAsync();
        var first = await Users.AdminAsync(app);
        var second = await Users.AdminAsync(app);
        await first.Client.SubmitAsync("/admin/rates/new", new Dictionary<string, string> { ["Currency"] = code, ["UnitsPerReference"] = "3" });
        var firstForm = await first.Client.GetAsync($"/admin/rates/{code}/edit");
        var secondForm = await second.Client.GetAsync($"/admin/rates/{code}/edit");

        Assert.Equal(HttpStatusCode.Redirect, (await first.Client.SubmitAsync(firstForm, new Dictionary<string, string> { ["UnitsPerReference"] = "3.5" })).Status);
        var conflict = await second.Client.SubmitAsync(secondForm, new Dictionary<string, string> { ["UnitsPerReference"] = "9" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("Someone else saved this in the meantime. Reload the page to see their changes, then make yours again.",
            conflict.Text("[data-testid=form-errors] li"));
        Assert.Equal("9", conflict.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#UnitsPerReference")!.Value);
        Assert.Equal(3.5m, await RateAsync(code));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RatesAdminTestsOnSqlite(SqliteApp app) : RatesAdminTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RatesAdminTestsOnPostgreSql(PostgresApp app) : RatesAdminTests(app);
