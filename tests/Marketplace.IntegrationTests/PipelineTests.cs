using System.Net;
using Marketplace.Application.Common;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Startups;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>
/// A fund's deal-flow pipeline: adding published projects, moves with their history, passing with a
/// reason the founders receive, investing into the reinvestment ledger, team-only notes, ratings,
/// assignees, stale forms, and strangers kept out of every page and form.
/// </summary>
public abstract class PipelineTests(MarketplaceApp app)
{
    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private sealed record Fixture(TestUser Manager, TestUser Colleague, TestUser Founder, Guid FundId, Guid ProjectId, Guid DealId);

    private Task<Guid> FundAsync(string nameEn, IEnumerable<Guid> managers, Action<Fund>? configure = null) =>
        app.QueryAsync(async db =>
        {
            var fund = new Fund(new LocalizedText(nameEn, "测试基金"), "guidance");
            configure?.Invoke(fund);
            db.Funds.Add(fund);
            foreach (var manager in managers)
                db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = manager, Role = FundRoles.Analyst, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return fund.Id;
        });

    /// <summary>A published project of a startup in <paramref name="cluster"/>, owned by <paramref name="owner"/>.</summary>
    private Task<Guid> ProjectAsync(Guid owner, string title, string cluster = "hangzhou", string[]? relocateTo = null, string sector = "healthcare",
        ModerationState state = ModerationState.Published) =>
        app.QueryAsync(async db =>
        {
            var clusterId = await db.Clusters.Where(c => c.Key == cluster).Select(c => c.Id).SingleAsync();
            var startup = new Startup(new LocalizedText(Unique("Startup"), "测试初创公司"), clusterId, "series-a")
            {
                Sectors = [sector],
                RelocationClusterKeys = [.. relocateTo ?? []],
            };
            db.Startups.Add(startup);
            db.StartupMembers.Add(new StartupMember { StartupId = startup.Id, UserId = owner, JoinedAt = DateTime.UtcNow });
            var project = new Project(startup.Id, new LocalizedText(title, "测试项目"), 50_000_000, "CNY", "equity", "series-a")
            {
                Summary = new LocalizedText("Models for clinics.", null),
                State = state,
                PublishedAt = state == ModerationState.Published ? DateTime.UtcNow : null,
            };
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });

    private Task<T> SendAs<T>(TestUser user, Mediator.ICommand<T> command) =>
        app.SendAsync(command, MarketplaceApp.Principal(user.Id, user.Role));

    private Task SendAs(TestUser user, Mediator.ICommand command) =>
        app.SendAsync(command, MarketplaceApp.Principal(user.Id, user.Role));

    private Task<T> QueryAs<T>(TestUser user, Mediator.IQuery<T> query) =>
        app.SendAsync(query, MarketplaceApp.Principal(user.Id, user.Role));

    private async Task<Fixture> DealAsync(Action<Fund>? configure = null)
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager, "Ada Analyst");
        var colleague = await Users.RegisterAsync(app, RoleNames.FundManager, "Pat Partner");
        var founder = await Users.RegisterAsync(app);
        var fund = await FundAsync(Unique("Fund"), [manager.Id, colleague.Id], configure);
        var project = await ProjectAsync(founder.Id, Unique("Clinic AI"));
        var added = await SendAs(manager, new AddToPipeline.Command(project, fund));
        return new Fixture(manager, colleague, founder, fund, project, added.DealId);
    }

    private Task<Deal> SavedDealAsync(Guid dealId) => app.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Id == dealId));

    private Task<List<DealEvent>> EventsAsync(Guid dealId) =>
        app.QueryAsync(db => db.DealEvents.AsNoTracking().Where(e => e.DealId == dealId).OrderBy(e => e.Id).ToListAsync());

    private static string DealUrl(Fixture f) => $"/funds/{f.FundId}/deals/{f.DealId}";

    private static Task<Page> OnDealPageAsync(TestUser user, Fixture f, string formTestId, Dictionary<string, string> fields) =>
        user.Client.SubmitAsync(DealUrl(f), fields, $"form[data-testid={formTestId}]");

    [Fact]
    public async Task Should_add_a_published_project_from_its_page_once_and_return_the_existing_deal_the_second_time()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var founder = await Users.RegisterAsync(app);
        var fundName = Unique("Beijing AI Fund");
        var fund = await FundAsync(fundName, [manager.Id]);
        var title = Unique("Clinic AI");
        var project = await ProjectAsync(founder.Id, title);

        var page = await manager.Client.GetAsync($"/projects/{project}");
        Assert.Contains(fundName, page.Text("[data-testid=add-to-pipeline]"));
        var added = await manager.Client.SubmitAsync(page, new Dictionary<string, string> { ["FundId"] = fund.ToString() }, "form[data-testid=add-to-pipeline-form]");

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var deal = await app.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.FundId == fund && d.ProjectId == project));
        Assert.Equal($"/funds/{fund}/deals/{deal.Id}", added.Location!.OriginalString);
        Assert.Equal(DealStage.Sourced, deal.Stage);
        Assert.Equal(DealSources.Browse, deal.Source);
        var created = Assert.Single(await EventsAsync(deal.Id));
        Assert.Equal((DealEventKinds.Created, DealStage.Sourced, manager.Id), (created.Kind, created.ToStage!.Value, created.ById));
        var dealPage = await manager.Client.GetAsync(added.Location.OriginalString);
        Assert.Equal(title, dealPage.Text("[data-testid=title]"));
        Assert.Equal("The project was added to the pipeline.", dealPage.Text("[data-testid=flash]"));

        // The page now says where the deal is instead of offering to add it; a post from the page as it was returns the existing deal.
        var now = await manager.Client.GetAsync($"/projects/{project}");
        Assert.Null(now.Document.QuerySelector("form[data-testid=add-to-pipeline-form]"));
        Assert.Equal($"/funds/{fund}/deals/{deal.Id}", now.Document.QuerySelector($"[data-testid=pipeline-status] [data-fund='{fund}'] [data-testid=deal-link]")!.GetAttribute("href"));
        var again = await manager.Client.SubmitAsync(page, new Dictionary<string, string> { ["FundId"] = fund.ToString() },
            "form[data-testid=add-to-pipeline-form]");
        Assert.Equal($"/funds/{fund}/deals/{deal.Id}", again.Location!.OriginalString);
        Assert.Contains("already in this fund's pipeline", (await manager.Client.GetAsync(again.Location.OriginalString)).Text("[data-testid=flash]"));
        Assert.Equal(1, await app.QueryAsync(db => db.Deals.CountAsync(d => d.ProjectId == project)));

        var draft = await ProjectAsync(founder.Id, Unique("Draft"), state: ModerationState.Draft);
        await Assert.ThrowsAsync<NotFoundException>(() => SendAs(manager, new AddToPipeline.Command(draft, fund)));
        var stranger = await Users.RegisterAsync(app, RoleNames.FundManager);
        await Assert.ThrowsAsync<ForbiddenException>(() => SendAs(stranger, new AddToPipeline.Command(project, fund)));
        Assert.Null((await stranger.Client.GetAsync($"/projects/{project}")).Text("[data-testid=add-to-pipeline]"));
    }

    [Fact]
    public async Task Should_record_every_move_in_the_history_with_who_made_it()
    {
        var f = await DealAsync();

        var board = await f.Manager.Client.GetAsync($"/funds/{f.FundId}/pipeline");
        Assert.Equal("1", board.Text($"[data-testid=column][data-stage=Sourced] [data-testid=count]"));
        var moved = await f.Manager.Client.SubmitAsync(board, new Dictionary<string, string> { ["Stage"] = "Screening" },
            $"[data-deal='{f.DealId}'] form[data-testid=move-form]");
        Assert.Equal($"/funds/{f.FundId}/pipeline", moved.Location!.OriginalString);
        board = await f.Manager.Client.GetAsync($"/funds/{f.FundId}/pipeline");
        Assert.Equal("0", board.Text($"[data-testid=column][data-stage=Sourced] [data-testid=count]"));
        Assert.NotNull(board.Document.QuerySelector($"[data-testid=column][data-stage=Screening] [data-deal='{f.DealId}']"));

        Assert.Equal(HttpStatusCode.Redirect, (await OnDealPageAsync(f.Colleague, f, "move-form", new() { ["Stage"] = "DueDiligence" })).Status);

        var events = await EventsAsync(f.DealId);
        Assert.Equal(
            [(DealEventKinds.Created, (DealStage?)null, (DealStage?)DealStage.Sourced, f.Manager.Id),
             (DealEventKinds.Stage, DealStage.Sourced, DealStage.Screening, f.Manager.Id),
             (DealEventKinds.Stage, DealStage.Screening, DealStage.DueDiligence, f.Colleague.Id)],
            events.Select(e => (e.Kind, e.FromStage, e.ToStage, e.ById)).ToList());
        Assert.Equal(DealStage.DueDiligence, (await SavedDealAsync(f.DealId)).Stage);

        var page = await f.Manager.Client.GetAsync(DealUrl(f));
        var history = page.Document.QuerySelectorAll("[data-testid=event]").ToList();
        Assert.Equal(3, history.Count);
        Assert.Equal("Pat Partner", history[0].QuerySelector("[data-testid=by]")!.TextContent);
        Assert.Contains("Moved from Screening to Due diligence", history[0].TextContent);
        Assert.Equal("Ada Analyst", history[1].QuerySelector("[data-testid=by]")!.TextContent);

        var same = await OnDealPageAsync(f.Manager, f, "move-form", new() { ["Stage"] = "DueDiligence" });
        Assert.Equal(HttpStatusCode.BadRequest, same.Status);
        Assert.Contains("The deal is at that stage already.", same.Text("[data-testid=form-errors]"));
        Assert.Equal(3, (await EventsAsync(f.DealId)).Count);
    }

    [Fact]
    public async Task Should_require_a_reason_to_pass_and_tell_the_founders_the_reason_in_their_language()
    {
        var f = await DealAsync();

        var refused = await OnDealPageAsync(f.Manager, f, "pass-form", new() { ["PassReason"] = "", ["PassNote"] = "Too early for us." });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Choose the reason for passing.", refused.FieldError("PassReason"));
        Assert.Equal("Too early for us.", refused.Document.QuerySelector("textarea[name=PassNote]")!.TextContent);
        var unknown = await OnDealPageAsync(f.Manager, f, "pass-form", new() { ["PassReason"] = "bored" });
        Assert.Equal("Choose the reason for passing.", unknown.FieldError("PassReason"));
        Assert.Equal(DealStage.Sourced, (await SavedDealAsync(f.DealId)).Stage);
        Assert.Empty(await app.QueryAsync(db => db.Notifications.Where(n => n.UserId == f.Founder.Id).ToListAsync()));

        var passed = await OnDealPageAsync(f.Manager, f, "pass-form",
            new() { ["PassReason"] = "valuation", ["PassNote"] = "We could not meet the valuation; talk to us next round." });
        Assert.Equal(HttpStatusCode.Redirect, passed.Status);

        var deal = await SavedDealAsync(f.DealId);
        Assert.Equal((DealStage.Passed, "valuation"), (deal.Stage, deal.PassReason));
        var move = (await EventsAsync(f.DealId)).Last();
        Assert.Equal((DealStage.Passed, "valuation", f.Manager.Id), (move.ToStage!.Value, move.Reason, move.ById));

        var english = await f.Founder.Client.GetAsync("/notifications?culture=en");
        var text = english.Text("[data-testid=notification-text]")!;
        Assert.Contains("passed on your project", text);
        Assert.Contains("Reason: Valuation.", text);
        Assert.Contains("We could not meet the valuation; talk to us next round.", text);
        var chinese = await f.Founder.Client.GetAsync("/notifications?culture=zh-Hans");
        Assert.Contains("原因：估值。", chinese.Text("[data-testid=notification-text]"));
        Assert.Equal($"/projects/{f.ProjectId}", english.Document.QuerySelector("[data-testid=notification-link]")!.GetAttribute("data-target"));

        var page = await f.Manager.Client.GetAsync(DealUrl(f));
        Assert.Equal("Valuation", page.Text("[data-testid=pass-reason]"));
        Assert.Contains("Valuation", page.Text("[data-testid=event-reason]"));
    }

    [Fact]
    public async Task Should_refuse_an_investment_without_a_positive_amount_in_a_rated_currency_at_its_fields()
    {
        var f = await DealAsync();
        await SendAs(f.Manager, new MoveDeal.Command(f.FundId, f.DealId, "TermSheet", null, null, null, null, (await SavedDealAsync(f.DealId)).Version));
        var version = (await SavedDealAsync(f.DealId)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var zero = await OnDealPageAsync(f.Manager, f, "invest-form", new() { ["InvestedAmount"] = "0", ["InvestedCurrency"] = "CNY" });
        Assert.Equal(HttpStatusCode.BadRequest, zero.Status);
        Assert.NotNull(zero.FieldError("InvestedAmount"));
        var letters = await OnDealPageAsync(f.Manager, f, "invest-form", new() { ["InvestedAmount"] = "ten million", ["InvestedCurrency"] = "CNY" });
        Assert.Equal(HttpStatusCode.BadRequest, letters.Status);
        Assert.NotNull(letters.FieldError("InvestedAmount"));
        var token = Infrastructure.WebClient.TokenOf(await f.Manager.Client.GetAsync(DealUrl(f)));
        var unrated = await f.Manager.Client.PostAsync($"{DealUrl(f)}/move", new Dictionary<string, string>
        {
            ["Stage"] = "Invested", ["InvestedAmount"] = "1000", ["InvestedCurrency"] = "XYZ", ["Version"] = version,
            ["__RequestVerificationToken"] = token,
        });
        Assert.Equal(HttpStatusCode.BadRequest, unrated.Status);
        Assert.NotNull(unrated.FieldError("InvestedCurrency"));
        var stage = await f.Manager.Client.PostAsync($"{DealUrl(f)}/move", new Dictionary<string, string>
        {
            ["Stage"] = "Bought", ["Version"] = version, ["__RequestVerificationToken"] = token,
        });
        Assert.Equal("Choose a stage.", stage.FieldError("Stage"));

        Assert.Equal(DealStage.TermSheet, (await SavedDealAsync(f.DealId)).Stage);
        Assert.Empty(await app.QueryAsync(db => db.LedgerEntries.Where(e => e.DealId == f.DealId).ToListAsync()));
    }

    [Fact]
    public async Task Should_show_the_reinvestment_ratio_reached_by_investments_in_the_region_by_relocation_and_outside()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var founder = await Users.RegisterAsync(app);
        var fund = await FundAsync(Unique("Beijing Guidance"), [manager.Id], f =>
        {
            f.Describe(f.Name, f.Description, f.Type, null, null, new Money(100_000_000, "CNY"));
            f.DefineMandate(TestFunds.Mandate(rule: RegionRule.Reinvestment(["beijing"], 1.5m, acceptsRelocation: true)));
        });
        async Task<Guid> InvestAsync(Guid project, long amount, string currency)
        {
            var deal = (await SendAs(manager, new AddToPipeline.Command(project, fund))).DealId;
            await SendAs(manager, new MoveDeal.Command(fund, deal, "TermSheet", null, null, null, null, (await SavedDealAsync(deal)).Version));
            await SendAs(manager, new MoveDeal.Command(fund, deal, "Invested", null, null, amount, currency, (await SavedDealAsync(deal)).Version));
            return deal;
        }
        var inBeijing = await InvestAsync(await ProjectAsync(founder.Id, Unique("Beijing chips"), "beijing"), 60_000_000, "CNY");
        var relocating = await InvestAsync(await ProjectAsync(founder.Id, Unique("Moving to Beijing"), "hangzhou", ["shenzhen", "beijing"]), 30_000_000, "CNY");
        var outside = await InvestAsync(await ProjectAsync(founder.Id, Unique("Valley models"), "silicon-valley"), 1_000_000, "USD");

        var entries = await app.QueryAsync(db => db.LedgerEntries.AsNoTracking().Where(e => e.FundId == fund).ToListAsync());
        Assert.Equal((true, false, 60_000_000L), entries.Where(e => e.DealId == inBeijing).Select(e => (e.InRegion, e.ByRelocation, e.Amount)).Single());
        Assert.Equal((false, true, 30_000_000L), entries.Where(e => e.DealId == relocating).Select(e => (e.InRegion, e.ByRelocation, e.Amount)).Single());
        Assert.Equal((false, false, "USD"), entries.Where(e => e.DealId == outside).Select(e => (e.InRegion, e.ByRelocation, e.Currency)).Single());

        var ledger = await QueryAs(manager, new GetLedger.Query(fund));
        Assert.Equal(150_000_000m, ledger.Required);
        Assert.Equal(60_000_000m, ledger.InRegion);
        Assert.Equal(30_000_000m, ledger.ByRelocation);
        Assert.Equal(7_100_000m, Math.Round(ledger.Outside));
        Assert.Equal(60m, ledger.Percent);

        var page = await manager.Client.GetAsync($"/funds/{fund}/ledger");
        Assert.Equal("60.0", page.Document.QuerySelector("[data-testid=percent]")!.GetAttribute("data-value"));
        Assert.Equal("CNY 60,000,000", page.Text("[data-testid=in-region]"));
        Assert.Equal("CNY 30,000,000", page.Text("[data-testid=by-relocation]"));
        Assert.Equal("CNY 7,100,000", page.Text("[data-testid=outside]"));
        Assert.Equal(3, page.Document.QuerySelectorAll("[data-testid=entry]").Length);

        // Back to term sheet: the investment is reversed, not erased, and no longer counts.
        await SendAs(manager, new MoveDeal.Command(fund, inBeijing, "TermSheet", null, null, null, null, (await SavedDealAsync(inBeijing)).Version));
        var booked = await app.QueryAsync(db => db.LedgerEntries.AsNoTracking().Where(e => e.DealId == inBeijing).OrderBy(e => e.Amount).Select(e => e.Amount).ToListAsync());
        Assert.Equal([-60_000_000L, 60_000_000L], booked);
        var deal = await SavedDealAsync(inBeijing);
        Assert.Equal((DealStage.TermSheet, (long?)null), (deal.Stage, deal.InvestedAmount));
        Assert.Equal(20m, (await QueryAs(manager, new GetLedger.Query(fund))).Percent);
        Assert.Equal(1, (await manager.Client.GetAsync($"/funds/{fund}/ledger")).Document.QuerySelectorAll("[data-testid=entry] .badge").Length);

        // Invested again, for another amount: only the new amount counts.
        await SendAs(manager, new MoveDeal.Command(fund, inBeijing, "Invested", null, null, 45_000_000, "CNY", deal.Version));
        var again = await QueryAs(manager, new GetLedger.Query(fund));
        Assert.Equal(45_000_000m, again.InRegion);
        Assert.Equal(50m, again.Percent);
    }

    [Fact]
    public async Task Should_keep_notes_ratings_and_every_deal_page_from_anyone_outside_the_fund()
    {
        var f = await DealAsync();
        var secret = "Partner thinks the CTO is leaving " + Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.Redirect, (await OnDealPageAsync(f.Manager, f, "note-form", new() { ["Note"] = secret })).Status);
        Assert.Contains(secret, (await f.Colleague.Client.GetAsync(DealUrl(f))).Text("[data-testid=notes]"));
        var saved = await app.QueryAsync(db => db.DealNotes.AsNoTracking().SingleAsync(n => n.DealId == f.DealId));
        Assert.Equal((secret, f.Manager.Id), (saved.Text, saved.AuthorId));

        var blank = await OnDealPageAsync(f.Manager, f, "note-form", new() { ["Note"] = "   " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.Status);
        Assert.NotNull(blank.FieldError("Note"));
        var tooLong = await OnDealPageAsync(f.Manager, f, "note-form", new() { ["Note"] = new string('x', AddDealNote.MaxLength + 1) });
        Assert.NotNull(tooLong.FieldError("Note"));

        var otherManager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var otherFund = await FundAsync(Unique("Other fund"), [otherManager.Id]);
        var anonymous = app.NewClient();
        var gets = new[] { $"/funds/{f.FundId}/pipeline", $"/funds/{f.FundId}/pipeline/list", DealUrl(f), $"/funds/{f.FundId}/ledger" };
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            ["move"] = new() { ["Stage"] = "Screening", ["Version"] = "1" },
            ["move "] = new() { ["Stage"] = "Passed", ["PassReason"] = "", ["Version"] = "1" },
            ["assign"] = new() { ["AssigneeId"] = otherManager.Id.ToString(), ["Version"] = "1" },
            ["notes"] = new() { ["Note"] = "an outsider's note" },
            ["notes "] = new() { ["Note"] = "" },
            ["ratings"] = new() { ["Team"] = "1", ["Market"] = "1", ["Technology"] = "1", ["Traction"] = "1", ["Fit"] = "1" },
        };
        foreach (var outsider in new[] { otherManager.Client, f.Founder.Client, anonymous })
        {
            foreach (var url in gets)
            {
                var page = await outsider.GetAsync(url);
                Assert.True(page.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || (outsider == anonymous && page.Status == HttpStatusCode.Redirect && page.Location!.OriginalString.Contains("/account/login")),
                    $"GET {url} answered {(int)page.Status}");
                Assert.DoesNotContain(secret, page.Html);
            }
            var token = await outsider.TokenAsync("/account/login");
            foreach (var (action, fields) in posts)
            {
                var answer = await outsider.PostAsync($"{DealUrl(f)}/{action.Trim()}", fields.Append(new("__RequestVerificationToken", token)));
                Assert.True(answer.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || (outsider == anonymous && answer.Status == HttpStatusCode.Redirect),
                    $"POST {action} answered {(int)answer.Status}");
                Assert.DoesNotContain(secret, answer.Html);
            }
        }
        // A deal id under another fund's URL is no deal of that fund, even for that fund's own member.
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.Client.GetAsync($"/funds/{otherFund}/deals/{f.DealId}")).Status);

        var deal = await SavedDealAsync(f.DealId);
        Assert.Equal((DealStage.Sourced, (Guid?)null), (deal.Stage, deal.AssigneeId));
        Assert.Single(await app.QueryAsync(db => db.DealNotes.Where(n => n.DealId == f.DealId).ToListAsync()));
        Assert.Empty(await app.QueryAsync(db => db.DealRatings.Where(r => r.DealId == f.DealId).ToListAsync()));
        Assert.Single(await EventsAsync(f.DealId));
    }

    [Fact]
    public async Task Should_keep_one_rating_per_member_and_show_the_team_average()
    {
        var f = await DealAsync();
        Dictionary<string, string> Scores(int team, int market, int technology, int traction, int fit) => new()
        {
            ["Team"] = $"{team}", ["Market"] = $"{market}", ["Technology"] = $"{technology}", ["Traction"] = $"{traction}", ["Fit"] = $"{fit}",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await OnDealPageAsync(f.Manager, f, "rating-form", Scores(1, 1, 1, 1, 1))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await OnDealPageAsync(f.Manager, f, "rating-form", Scores(4, 3, 5, 2, 4))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await OnDealPageAsync(f.Colleague, f, "rating-form", Scores(2, 5, 3, 4, 4))).Status);

        var ratings = await app.QueryAsync(db => db.DealRatings.AsNoTracking().Where(r => r.DealId == f.DealId).ToListAsync());
        Assert.Equal(2, ratings.Count);
        Assert.Equal((4, 3, 5, 2, 4), ratings.Where(r => r.UserId == f.Manager.Id).Select(r => (r.Team, r.Market, r.Technology, r.Traction, r.Fit)).Single());

        var details = await QueryAs(f.Manager, new GetDeal.Query(f.FundId, f.DealId));
        Assert.Equal((3.0, 4.0, 4.0, 3.0, 4.0, 2), (details.Averages!.Team, details.Averages.Market, details.Averages.Technology,
            details.Averages.Traction, details.Averages.Fit, details.Averages.Raters));
        Assert.Equal(3.6, details.Averages.Overall, 3);
        var page = await f.Manager.Client.GetAsync(DealUrl(f));
        Assert.Equal("3.6", page.Text("[data-testid=averages] [data-testid=overall]"));
        Assert.Equal("4", page.Document.QuerySelector("select[name=Team] option[selected]")!.GetAttribute("value"));

        var bad = await OnDealPageAsync(f.Colleague, f, "rating-form", new() { ["Team"] = "6", ["Market"] = "0", ["Fit"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.NotNull(bad.FieldError("Team"));
        Assert.NotNull(bad.FieldError("Market"));
        Assert.NotNull(bad.FieldError("Fit"));
        Assert.Equal(2, (await app.QueryAsync(db => db.DealRatings.AsNoTracking().SingleAsync(r => r.DealId == f.DealId && r.UserId == f.Colleague.Id))).Team);
    }

    [Fact]
    public async Task Should_assign_a_deal_only_to_a_member_of_the_fund_or_to_nobody()
    {
        var f = await DealAsync();
        var outsider = await Users.RegisterAsync(app, RoleNames.FundManager);

        var refused = await OnDealPageAsync(f.Manager, f, "assign-form", new() { ["AssigneeId"] = outsider.Id.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Only a member of the fund's team can be assigned.", refused.FieldError("AssigneeId"));
        Assert.Null((await SavedDealAsync(f.DealId)).AssigneeId);

        Assert.Equal(HttpStatusCode.Redirect, (await OnDealPageAsync(f.Manager, f, "assign-form", new() { ["AssigneeId"] = f.Colleague.Id.ToString() })).Status);
        Assert.Equal(f.Colleague.Id, (await SavedDealAsync(f.DealId)).AssigneeId);
        var page = await f.Manager.Client.GetAsync(DealUrl(f));
        Assert.Equal("Pat Partner", page.Text("[data-testid=assignee]"));
        Assert.Contains("Assigned to Pat Partner", page.Text("[data-testid=history]"));

        Assert.Equal(HttpStatusCode.Redirect, (await OnDealPageAsync(f.Manager, f, "assign-form", new() { ["AssigneeId"] = "" })).Status);
        Assert.Null((await SavedDealAsync(f.DealId)).AssigneeId);
        var assignments = (await EventsAsync(f.DealId)).Where(e => e.Kind == DealEventKinds.Assigned).Select(e => e.AssigneeId).ToList();
        Assert.Equal([f.Colleague.Id, null], assignments);
    }

    [Fact]
    public async Task Should_refuse_a_move_from_a_stale_page_with_409()
    {
        var f = await DealAsync();
        var mine = await f.Manager.Client.GetAsync(DealUrl(f));
        var theirs = await f.Colleague.Client.GetAsync(DealUrl(f));

        Assert.Equal(HttpStatusCode.Redirect, (await f.Colleague.Client.SubmitAsync(theirs, new Dictionary<string, string> { ["Stage"] = "Meeting" },
            "form[data-testid=move-form]")).Status);
        var stale = await f.Manager.Client.SubmitAsync(mine, new Dictionary<string, string> { ["PassReason"] = "team" }, "form[data-testid=pass-form]");

        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.False(string.IsNullOrEmpty(stale.Text("[data-testid=form-errors]")));
        var deal = await SavedDealAsync(f.DealId);
        Assert.Equal((DealStage.Meeting, (string?)null), (deal.Stage, deal.PassReason));
        Assert.Empty(await app.QueryAsync(db => db.Notifications.Where(n => n.UserId == f.Founder.Id).ToListAsync()));
        Assert.Equal(2, (await EventsAsync(f.DealId)).Count);
    }

    [Fact]
    public async Task Should_filter_the_list_by_stage_assignee_sector_and_text()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var colleague = await Users.RegisterAsync(app, RoleNames.FundManager);
        var founder = await Users.RegisterAsync(app);
        var fund = await FundAsync(Unique("List fund"), [manager.Id, colleague.Id]);
        var chips = Unique("Edge chips");
        var clinic = Unique("Clinic imaging");
        var chipsDeal = (await SendAs(manager, new AddToPipeline.Command(await ProjectAsync(founder.Id, chips, sector: "ai-chips"), fund))).DealId;
        var clinicDeal = (await SendAs(manager, new AddToPipeline.Command(await ProjectAsync(founder.Id, clinic, sector: "healthcare"), fund))).DealId;
        await SendAs(manager, new MoveDeal.Command(fund, chipsDeal, "Meeting", null, null, null, null, (await SavedDealAsync(chipsDeal)).Version));
        await SendAs(manager, new AssignDeal.Command(fund, clinicDeal, colleague.Id, (await SavedDealAsync(clinicDeal)).Version));

        async Task<List<string>> RowsAsync(string query) =>
            (await manager.Client.GetAsync($"/funds/{fund}/pipeline/list?{query}")).Document.QuerySelectorAll("[data-testid=deal-row]")
                .Select(r => r.GetAttribute("data-deal")!).ToList();

        Assert.Equal([clinicDeal.ToString(), chipsDeal.ToString()], await RowsAsync(""));
        Assert.Equal([chipsDeal.ToString()], await RowsAsync("stage=Meeting"));
        Assert.Equal([clinicDeal.ToString()], await RowsAsync($"assignee={colleague.Id}"));
        Assert.Equal([chipsDeal.ToString()], await RowsAsync("assignee=none"));
        Assert.Equal([clinicDeal.ToString()], await RowsAsync("sector=healthcare"));
        Assert.Equal([chipsDeal.ToString()], await RowsAsync("q=" + Uri.EscapeDataString(chips.ToUpperInvariant()[..10])));
        Assert.Empty(await RowsAsync("stage=Invested"));

        var bad = await manager.Client.GetAsync($"/funds/{fund}/pipeline/list?stage=Bought");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.NotNull(bad.FieldError("Stage"));
        Assert.Empty(bad.Document.QuerySelectorAll("[data-testid=deal-row]"));
    }

    [Fact]
    public async Task Should_offer_and_accept_recording_the_investment_only_from_due_diligence_or_a_term_sheet()
    {
        var f = await DealAsync();
        foreach (var early in new[] { "Sourced", "Screening", "Meeting" })
        {
            var deal = await SavedDealAsync(f.DealId);
            if (deal.Stage.ToString() != early)
                await SendAs(f.Manager, new MoveDeal.Command(f.FundId, f.DealId, early, null, null, null, null, deal.Version));
            var page = await f.Manager.Client.GetAsync(DealUrl(f));
            Assert.Null(page.Document.QuerySelector("form[data-testid=invest-form]"));
            Assert.DoesNotContain("Record the investment", page.Text("main"));
            Assert.Equal("An investment can be recorded once the deal reaches one of these stages: Due diligence, Term sheet.", page.Text("[data-testid=invest-later]"));
            // The server follows the same rule: a post made anyway is refused and nothing is booked.
            var current = await SavedDealAsync(f.DealId);
            var refused = await Assert.ThrowsAsync<DomainException>(() =>
                SendAs(f.Manager, new MoveDeal.Command(f.FundId, f.DealId, "Invested", null, null, 1_000_000, "CNY", current.Version)));
            Assert.Equal("Deal.InvestTooEarly", refused.Message);
        }
        Assert.Equal("项目进入以下阶段后即可记录投资：尽职调查、投资条款书。", (await f.Manager.Client.GetAsync(DealUrl(f) + "?culture=zh-Hans")).Text("[data-testid=invest-later]"));
        Assert.Empty(await app.QueryAsync(db => db.LedgerEntries.Where(e => e.DealId == f.DealId).ToListAsync()));

        foreach (var ready in new[] { "DueDiligence", "TermSheet" })
        {
            await SendAs(f.Manager, new MoveDeal.Command(f.FundId, f.DealId, ready, null, null, null, null, (await SavedDealAsync(f.DealId)).Version));
            var page = await f.Manager.Client.GetAsync(DealUrl(f));
            Assert.NotNull(page.Document.QuerySelector("form[data-testid=invest-form]"));
            Assert.Null(page.Document.QuerySelector("[data-testid=invest-later]"));
        }
        var invested = await OnDealPageAsync(f.Manager, f, "invest-form", new() { ["InvestedAmount"] = "1000000", ["InvestedCurrency"] = "CNY" });
        Assert.Equal(HttpStatusCode.Redirect, invested.Status);
        Assert.Equal((DealStage.Invested, (long?)1_000_000), ((await SavedDealAsync(f.DealId)).Stage, (await SavedDealAsync(f.DealId)).InvestedAmount));
        var after = await f.Manager.Client.GetAsync(DealUrl(f));
        Assert.Null(after.Document.QuerySelector("form[data-testid=invest-form]"));
        Assert.Null(after.Document.QuerySelector("[data-testid=invest-later]"));
    }

    [Fact]
    public async Task Should_count_the_deals_of_the_list_in_the_singular_and_the_plural()
    {
        var f = await DealAsync();
        Assert.Equal("1 deal", (await f.Manager.Client.GetAsync($"/funds/{f.FundId}/pipeline/list")).Text("[data-testid=total]"));
        Assert.Equal("共 1 个项目", (await f.Manager.Client.GetAsync($"/funds/{f.FundId}/pipeline/list?culture=zh-Hans")).Text("[data-testid=total]"));
        await SendAs(f.Manager, new AddToPipeline.Command(await ProjectAsync(f.Founder.Id, Unique("Second")), f.FundId));
        Assert.Equal("2 deals", (await f.Manager.Client.GetAsync($"/funds/{f.FundId}/pipeline/list?culture=en")).Text("[data-testid=total]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PipelineTestsOnSqlite(SqliteApp app) : PipelineTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PipelineTestsOnPostgreSql(PostgresApp app) : PipelineTests(app);
