using System.Net;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Marketplace.Domain.Common;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Users;
using Marketplace.Infrastructure.Jobs;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests;

/// <summary>
/// The product shell (issue 11): where each role lands, the administrator's home, the first-run checklists,
/// applicant counts on "My positions", what a project or position page tells a visitor who cannot act on it,
/// a fund's empty recommendations explained, and the footer's pages.
/// </summary>
public abstract class ShellTests(MarketplaceApp app)
{
    private static Dictionary<string, string> Credentials(TestUser user) => new() { ["Email"] = user.Email, ["Password"] = user.Password };

    [Fact]
    public async Task Signing_in_lands_each_role_on_its_home()
    {
        var users = new[]
        {
            await Users.RegisterAsync(app, RoleNames.Founder), await Users.RegisterAsync(app, RoleNames.FundManager),
            await Users.RegisterAsync(app, RoleNames.Researcher), await Users.AdminAsync(app),
        };
        foreach (var user in users)
        {
            using var client = app.NewClient();
            var page = await client.SubmitAsync("/account/login", Credentials(user));

            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.Equal(user.Role == RoleNames.Admin ? "/admin" : "/dashboard", Redirects.PathOf(page.Location));
            var home = await client.GetAsync(Redirects.PathOf(page.Location));
            Assert.Equal(HttpStatusCode.OK, home.Status);
            Assert.NotNull(home.Document.QuerySelector(user.Role == RoleNames.Admin ? "[data-testid=admin-queue]" : "[data-testid=checklist]"));
        }
    }

    [Theory]
    [InlineData(RoleNames.Founder, "create-startup")]
    [InlineData(RoleNames.FundManager, "create-fund")]
    [InlineData(RoleNames.Researcher, "complete-profile")]
    public async Task Registering_lands_on_the_dashboard_whose_checklist_starts_at_the_first_step(string role, string firstStep)
    {
        using var client = app.NewClient();
        var page = await client.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Role"] = role, ["DisplayName"] = "New " + role, ["Email"] = Users.UniqueEmail(role),
            ["Password"] = Users.Password, ["ConfirmPassword"] = Users.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/dashboard", Redirects.PathOf(page.Location));
        var home = await client.GetAsync("/dashboard");
        var checklist = home.Document.QuerySelector("[data-testid=checklist]")!;
        Assert.Equal("false", checklist.GetAttribute("data-complete"));
        var steps = checklist.QuerySelectorAll("[data-step]");
        Assert.Equal(3, steps.Length);
        Assert.Equal(firstStep, steps[0].GetAttribute("data-step"));
        Assert.All(steps, s => Assert.Equal("false", s.GetAttribute("data-done")));
        Assert.Equal("0 of 3 done", home.Text("[data-testid=checklist-progress]"));
    }

    [Fact]
    public async Task A_return_url_still_wins_over_the_home_and_the_register_page_preselects_the_role_it_was_asked_for()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        using var client = app.NewClient();
        var page = await client.SubmitAsync("/account/login?returnUrl=%2Fpositions", Credentials(researcher));
        Assert.Equal("/positions", Redirects.PathOf(page.Location));

        var register = await app.NewClient().GetAsync("/account/register?role=fund-manager&returnUrl=%2Fprojects");
        Assert.NotNull(register.Document.QuerySelector("input#role-fund-manager[checked]"));
        Assert.Null(register.Document.QuerySelector("input#role-founder[checked]"));
        Assert.Equal("/projects", register.Document.QuerySelector("input[name=ReturnUrl]")!.GetAttribute("value"));
        // A role that is not self-chosen preselects nothing.
        var admin = await app.NewClient().GetAsync("/account/register?role=admin");
        Assert.Empty(admin.Document.QuerySelectorAll("input[name=Role][checked]"));
    }

    [Fact]
    public async Task Only_administrators_have_the_admin_home_and_their_dashboard_sends_them_there()
    {
        var admin = await Users.AdminAsync(app);
        var dashboard = await admin.Client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.Status);
        Assert.Equal("/admin", Redirects.PathOf(dashboard.Location));
        var home = await admin.Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("Administration overview", home.Text("main h1"));
        Assert.Equal("/admin", home.Document.QuerySelector("a[data-testid=nav-admin-home]")!.GetAttribute("href"));
        Assert.Null(home.Document.QuerySelector("[data-testid=nav-dashboard]"));

        foreach (var role in new[] { RoleNames.Founder, RoleNames.FundManager, RoleNames.Researcher })
        {
            var user = await Users.RegisterAsync(app, role);
            var refused = await user.Client.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.Null(refused.Document.QuerySelector("[data-testid=admin-queue]"));
        }
        using var anonymous = app.NewClient();
        var page = await anonymous.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/login", Redirects.PathOf(page.Location));
    }

    [Fact]
    public async Task The_admin_home_counts_the_queue_sign_ups_suspended_accounts_and_failed_jobs()
    {
        var admin = await Users.AdminAsync(app);
        var author = await Users.RegisterAsync(app, displayName: "Author " + Guid.NewGuid().ToString("N")[..8]);
        await author.Client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Renamed " + Guid.NewGuid().ToString("N")[..8] });
        var suspended = await Users.RegisterAsync(app, RoleNames.Researcher, "Suspended " + Guid.NewGuid().ToString("N")[..8]);
        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == suspended.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, AccountStatus.Suspended).SetProperty(p => p.UpdatedAt, DateTime.UtcNow)));
        var newest = await Users.RegisterAsync(app, RoleNames.FundManager, "Newest " + Guid.NewGuid().ToString("N")[..8]);
        var failure = "boom " + Guid.NewGuid().ToString("N")[..8];
        var storage = app.Services.GetRequiredService<JobStorage>();
        var failedBefore = storage.GetMonitoringApi().FailedCount();
        // Created far in the future (no worker runs here), then failed for good the way Hangfire records it: straight
        // into storage, since the retry filter would turn a failure created through the client into a retry.
        var jobId = new BackgroundJobClient(storage).Create(
            Job.FromExpression<RefreshClusterStatisticsJob>(j => j.RunAsync(CancellationToken.None)), new ScheduledState(TimeSpan.FromDays(365)));
        using (var connection = storage.GetConnection())
        using (var transaction = connection.CreateWriteTransaction())
        {
            transaction.SetJobState(jobId, new FailedState(new InvalidOperationException(failure)));
            transaction.Commit();
        }

        var page = await admin.Client.GetAsync("/admin");

        var (pending, oldestId) = await app.QueryAsync(async db =>
        {
            var open = db.ModerationRequests.Where(r => r.Decision == ModerationDecision.Pending);
            return (await open.CountAsync(), await open.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).Select(r => r.Id).FirstAsync());
        });
        Assert.True(pending >= 1);
        Assert.Equal(pending.ToString("N0"), page.Text("[data-testid=queue-count]"));
        Assert.Equal($"/admin/moderation/{oldestId}", page.Document.QuerySelector("[data-testid=queue-oldest-link]")!.GetAttribute("href"));

        var week = await app.QueryAsync(db => db.UserProfiles.CountAsync(p => p.CreatedAt >= DateTime.UtcNow.AddDays(-7)));
        Assert.Equal(week.ToString(), page.Document.QuerySelector("[data-testid=admin-signups]")!.GetAttribute("data-week"));
        var firstSignUp = page.Document.QuerySelector("[data-testid=recent-signups] [data-account]")!;
        Assert.Equal(newest.Id.ToString(), firstSignUp.GetAttribute("data-account"));
        Assert.Contains(newest.DisplayName, firstSignUp.TextContent);
        Assert.Contains("Fund manager", firstSignUp.TextContent);

        var suspendedCount = await app.QueryAsync(db => db.UserProfiles.CountAsync(p => p.Status == AccountStatus.Suspended));
        Assert.Equal(suspendedCount.ToString("N0"), page.Text("[data-testid=suspended-count]"));
        Assert.Equal(suspended.Id.ToString(), page.Document.QuerySelector("[data-testid=suspended-accounts] [data-account]")!.GetAttribute("data-account"));

        Assert.Equal((failedBefore + 1).ToString("N0"), page.Text("[data-testid=failed-count]"));
        var job = page.Document.QuerySelector($"[data-testid=failed-jobs] [data-job='{jobId}']")!;
        Assert.Contains("RefreshClusterStatisticsJob.RunAsync", job.TextContent);
        Assert.Equal(failure, job.QuerySelector("[data-testid=failed-reason]")!.TextContent.Trim());

        await admin.Client.GetAsync("/?culture=zh-Hans");
        var zh = await admin.Client.GetAsync("/admin");
        Assert.Equal("管理概览", zh.Text("main h1"));
        Assert.Equal("审核队列", zh.Document.QuerySelector("#queue-title")!.FirstChild!.TextContent.Trim());
    }

    [Fact]
    public async Task A_founders_checklist_ticks_each_step_from_what_was_done_and_folds_when_all_are()
    {
        var founder = await Users.RegisterAsync(app);
        async Task<AngleSharp.Dom.IElement> ChecklistAsync() => (await founder.Client.GetAsync("/dashboard")).Document.QuerySelector("[data-testid=checklist]")!;
        static string? Done(AngleSharp.Dom.IElement list, string step) => list.QuerySelector($"[data-step='{step}']")!.GetAttribute("data-done");

        var list = await ChecklistAsync();
        Assert.Equal("/startups/new", list.QuerySelector("[data-step='create-startup'] a")!.GetAttribute("href"));

        var startup = await TestStartups.CreateAsync(app, founder);
        list = await ChecklistAsync();
        Assert.Equal("true", Done(list, "create-startup"));
        Assert.Equal("false", Done(list, "list-project"));
        Assert.Equal($"/projects/new?startupId={startup}", list.QuerySelector("[data-step='list-project'] a")!.GetAttribute("href"));

        var project = await ProjectRows.InsertAsync(app, startup, "Checklist round", ModerationState.Draft);
        list = await ChecklistAsync();
        Assert.Equal("true", Done(list, "list-project"));
        Assert.Equal("false", Done(list, "submit-project"));
        Assert.Equal($"/projects/{project}", list.QuerySelector("[data-step='submit-project'] a")!.GetAttribute("href"));

        await app.QueryAsync(db => db.Projects.Where(p => p.Id == project).ExecuteUpdateAsync(s => s.SetProperty(p => p.State, ModerationState.Submitted)));
        list = await ChecklistAsync();
        Assert.Equal("true", list.GetAttribute("data-complete"));
        Assert.Equal("DETAILS", list.TagName);
    }

    [Fact]
    public async Task A_fund_managers_checklist_ticks_the_fund_the_mandate_and_a_reviewed_recommendation()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        async Task<AngleSharp.Dom.IElement> ChecklistAsync() => (await manager.Client.GetAsync("/dashboard")).Document.QuerySelector("[data-testid=checklist]")!;

        var list = await ChecklistAsync();
        Assert.Equal(["false", "false", "false"], list.QuerySelectorAll("[data-step]").Select(s => s.GetAttribute("data-done")));

        var fund = await TestFunds.CreateAsync(app, manager);
        list = await ChecklistAsync();
        Assert.Equal("true", list.QuerySelector("[data-step='create-fund']")!.GetAttribute("data-done"));
        Assert.Equal("false", list.QuerySelector("[data-step='define-mandate']")!.GetAttribute("data-done"));
        Assert.Equal($"/funds/{fund}/mandate", list.QuerySelector("[data-step='define-mandate'] a")!.GetAttribute("href"));

        await app.QueryAsync(async db =>
        {
            var f = await db.Funds.SingleAsync(x => x.Id == fund);
            f.DefineMandate(TestFunds.Mandate(stages: ["seed"]));
            return await db.SaveChangesAsync();
        });
        list = await ChecklistAsync();
        Assert.Equal("true", list.QuerySelector("[data-step='define-mandate']")!.GetAttribute("data-done"));
        Assert.Equal($"/recommendations/fund/{fund}", list.QuerySelector("[data-step='review-recommendations'] a")!.GetAttribute("href"));

        await app.QueryAsync(db =>
        {
            db.RecommendationFeedback.Add(new RecommendationFeedback
            {
                UserId = manager.Id, SubjectKind = MatchKinds.Fund, SubjectId = fund, TargetKind = MatchKinds.Project, TargetId = Guid.NewGuid(),
                Action = FeedbackActions.Saved, At = DateTime.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        Assert.Equal("true", (await ChecklistAsync()).GetAttribute("data-complete"));
    }

    [Fact]
    public async Task A_researchers_checklist_ticks_a_complete_profile_its_visibility_and_a_position_looked_at()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        async Task<AngleSharp.Dom.IElement> ChecklistAsync() => (await researcher.Client.GetAsync("/dashboard")).Document.QuerySelector("[data-testid=checklist]")!;

        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command("Checklist researcher", "hidden"));
        var list = await ChecklistAsync();
        Assert.Equal("true", list.QuerySelector("[data-step='complete-profile']")!.GetAttribute("data-done"));
        Assert.Equal("false", list.QuerySelector("[data-step='make-visible']")!.GetAttribute("data-done"));
        Assert.Equal("/researcher/profile", list.QuerySelector("[data-step='make-visible'] a")!.GetAttribute("href"));

        await app.QueryAsync(db => db.ResearcherProfiles.Where(p => p.Id == researcher.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Visibility, "public")));
        list = await ChecklistAsync();
        Assert.Equal("true", list.QuerySelector("[data-step='make-visible']")!.GetAttribute("data-done"));
        Assert.Equal("false", list.QuerySelector("[data-step='look-at-positions']")!.GetAttribute("data-done"));

        var founder = await Users.RegisterAsync(app);
        var position = await PublishedPositions.CreateAsync(app, founder.Id, await TestStartups.CreateAsync(app, founder));
        await app.QueryAsync(db =>
        {
            db.PositionApplications.Add(new PositionApplication(position, researcher.Id, "Hello"));
            return db.SaveChangesAsync();
        });
        Assert.Equal("true", (await ChecklistAsync()).GetAttribute("data-complete"));
    }

    [Fact]
    public async Task My_positions_counts_each_positions_applicants_and_the_new_ones_among_them()
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await TestStartups.CreateAsync(app, founder);
        var busy = await PublishedPositions.CreateAsync(app, founder.Id, startup);
        var quiet = await PublishedPositions.CreateAsync(app, founder.Id, startup);
        var stages = new[] { ApplicationStage.Applied, ApplicationStage.Applied, ApplicationStage.Interview, ApplicationStage.Withdrawn };
        foreach (var stage in stages)
        {
            var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
            await app.QueryAsync(db =>
            {
                db.PositionApplications.Add(new PositionApplication(busy, researcher.Id, "Note") { Stage = stage });
                return db.SaveChangesAsync();
            });
        }

        var page = await founder.Client.GetAsync("/positions/mine");

        var row = page.Document.QuerySelector($"[data-position='{busy}'] [data-testid=applicants]")!;
        Assert.Equal(("3", "2"), (row.GetAttribute("data-count"), row.GetAttribute("data-new")));
        Assert.Equal("3", row.QuerySelector("[data-testid=applicants-link]")!.TextContent.Trim());
        Assert.Equal($"/positions/{busy}/applicants", row.QuerySelector("[data-testid=applicants-link]")!.GetAttribute("href"));
        Assert.Equal("2 new", row.QuerySelector("[data-testid=new-applicants]")!.TextContent.Trim());
        var none = page.Document.QuerySelector($"[data-position='{quiet}'] [data-testid=applicants]")!;
        Assert.Equal("0", none.GetAttribute("data-count"));
        Assert.Null(none.QuerySelector("[data-testid=new-applicants]"));
    }

    [Fact]
    public async Task A_founder_finds_applications_and_intros_in_the_menu()
    {
        var founder = await Users.RegisterAsync(app);
        var home = await founder.Client.GetAsync("/dashboard");
        Assert.Equal("/applications", home.Document.QuerySelector("nav a[data-testid=nav-applications]")!.GetAttribute("href"));
        Assert.Equal("Applications and intros", home.Text("nav a[data-testid=nav-applications]"));
        Assert.Equal("/positions/mine", home.Document.QuerySelector("nav a[data-testid=nav-my-positions]")!.GetAttribute("href"));
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        Assert.Null((await researcher.Client.GetAsync("/dashboard")).Document.QuerySelector("[data-testid=nav-applications]"));
    }

    [Fact]
    public async Task A_project_page_tells_an_anonymous_visitor_to_sign_in_as_a_fund_manager_and_others_what_it_is_for()
    {
        var founder = await Users.RegisterAsync(app);
        var project = await ProjectRows.InsertAsync(app, await TestStartups.CreateAsync(app, founder), "Open round", ModerationState.Published);
        var url = $"/projects/{project}";
        var escaped = Uri.EscapeDataString(url);

        using var anonymous = app.NewClient();
        var page = await anonymous.GetAsync(url);
        var cta = page.Document.QuerySelector("[data-testid=call-to-action]")!;
        Assert.Equal("anonymous", cta.GetAttribute("data-audience"));
        Assert.Contains("Sign in as a fund manager to request an intro", cta.TextContent);
        Assert.Equal($"/account/login?returnUrl={escaped}", cta.QuerySelector("[data-testid=cta-login]")!.GetAttribute("href"));
        Assert.Equal($"/account/register?role=fund-manager&returnUrl={escaped}", cta.QuerySelector("[data-testid=cta-register]")!.GetAttribute("href"));
        var zh = await anonymous.GetAsync(url + "?culture=zh-Hans");
        Assert.Contains("请以基金经理身份登录", zh.Text("[data-testid=call-to-action]"));

        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        Assert.Equal("researcher", (await researcher.Client.GetAsync(url)).Document.QuerySelector("[data-testid=call-to-action]")!.GetAttribute("data-audience"));
        var other = await Users.RegisterAsync(app);
        Assert.Equal("founder", (await other.Client.GetAsync(url)).Document.QuerySelector("[data-testid=call-to-action]")!.GetAttribute("data-audience"));
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        Assert.Equal("fund-manager-without-fund",
            (await manager.Client.GetAsync(url)).Document.QuerySelector("[data-testid=call-to-action]")!.GetAttribute("data-audience"));
        await TestFunds.CreateAsync(app, manager);
        Assert.Null((await manager.Client.GetAsync(url)).Document.QuerySelector("[data-testid=call-to-action]"));
        Assert.Null((await founder.Client.GetAsync(url)).Document.QuerySelector("[data-testid=call-to-action]"));
    }

    [Fact]
    public async Task A_position_page_tells_an_anonymous_visitor_to_sign_in_as_a_researcher_and_a_founder_how_to_hire()
    {
        var founder = await Users.RegisterAsync(app);
        var position = await PublishedPositions.CreateAsync(app, founder.Id, await TestStartups.CreateAsync(app, founder));
        var url = $"/positions/{position}";

        using var anonymous = app.NewClient();
        var cta = (await anonymous.GetAsync(url)).Document.QuerySelector("[data-testid=call-to-action]")!;
        Assert.Equal("anonymous", cta.GetAttribute("data-audience"));
        Assert.Contains("Sign in as a researcher to apply", cta.TextContent);
        Assert.Equal($"/account/login?returnUrl={Uri.EscapeDataString(url)}", cta.QuerySelector("[data-testid=cta-login]")!.GetAttribute("href"));
        Assert.Contains("role=researcher", cta.QuerySelector("[data-testid=cta-register]")!.GetAttribute("href"));

        var other = await Users.RegisterAsync(app, RoleNames.FundManager);
        var seen = (await other.Client.GetAsync(url)).Document.QuerySelector("[data-testid=call-to-action]")!;
        Assert.Equal("poster", seen.GetAttribute("data-audience"));
        Assert.Equal("/positions/mine", seen.QuerySelector("[data-testid=cta-own]")!.GetAttribute("href"));
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        Assert.Null((await researcher.Client.GetAsync(url)).Document.QuerySelector("[data-testid=call-to-action]"));
        Assert.Null((await founder.Client.GetAsync(url)).Document.QuerySelector("[data-testid=call-to-action]"));
    }

    [Fact]
    public async Task A_fund_without_recommendations_is_told_how_the_published_projects_fare_against_each_rule_of_its_mandate()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var fund = await TestFunds.CreateAsync(app, manager);
        var founder = await Users.RegisterAsync(app);
        await ProjectRows.InsertAsync(app, await TestStartups.CreateAsync(app, founder), "Series A we can count", ModerationState.Published);
        await app.QueryAsync(async db =>
        {
            var f = await db.Funds.SingleAsync(x => x.Id == fund);
            // No round on the market asks for ten trillion yuan.
            f.DefineMandate(TestFunds.Mandate(stages: ["series-a"], ticket: (Money.MaxAmount, null, "CNY")));
            return await db.SaveChangesAsync();
        });
        var (published, seriesA) = await app.QueryAsync(async db => (
            await db.Projects.CountAsync(p => p.State == ModerationState.Published),
            await db.Projects.CountAsync(p => p.State == ModerationState.Published && p.Stage == "series-a")));

        var page = await manager.Client.GetAsync($"/recommendations/fund/{fund}");

        var diagnosis = page.Document.QuerySelector("[data-testid=diagnosis]")!;
        Assert.Equal(published.ToString(), diagnosis.GetAttribute("data-published"));
        Assert.Equal("0", diagnosis.GetAttribute("data-fit"));
        var rules = diagnosis.QuerySelectorAll("[data-rule]").ToDictionary(r => r.GetAttribute("data-rule")!, r => r.GetAttribute("data-passing"));
        Assert.Equal(new Dictionary<string, string?> { ["stage"] = seriesA.ToString(), ["ticket"] = "0" }, rules);
        Assert.Equal($"Ticket: 0 of {published}", diagnosis.QuerySelector("[data-rule=ticket]")!.TextContent.Trim());
        Assert.Equal("Ticket is the narrowest rule: widening it would change this the most.", page.Text("[data-testid=diagnosis-advice]"));
        Assert.Equal($"/funds/{fund}/mandate", diagnosis.QuerySelector("[data-testid=diagnosis-mandate]")!.GetAttribute("href"));

        await manager.Client.GetAsync("/?culture=zh-Hans");
        var zh = await manager.Client.GetAsync($"/recommendations/fund/{fund}");
        Assert.Equal($"投资额：{published} 个中的 0 个", zh.Text("[data-testid=diagnosis] [data-rule=ticket]"));
    }

    [Theory]
    [InlineData("en", "/about", "About Marketplace")]
    [InlineData("en", "/terms", "Terms of use")]
    [InlineData("en", "/privacy", "Privacy notice")]
    [InlineData("en", "/contact", "Contact")]
    [InlineData("zh-Hans", "/about", "关于 Marketplace")]
    [InlineData("zh-Hans", "/terms", "使用条款")]
    [InlineData("zh-Hans", "/privacy", "隐私声明")]
    [InlineData("zh-Hans", "/contact", "联系我们")]
    public async Task The_footer_pages_are_real_pages_in_both_languages_with_the_configured_contact(string culture, string url, string title)
    {
        using var client = app.NewClient();
        var home = await client.GetAsync($"/?culture={culture}");
        Assert.Contains(url, home.Document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));

        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(culture, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.Text("main h1"));
        var contact = page.Document.QuerySelector("main [data-testid=contact-email]")!;
        Assert.Equal("contact@marketplace.local", contact.TextContent.Trim());
        Assert.Equal("mailto:contact@marketplace.local", contact.GetAttribute("href"));
        if (url == "/privacy")
            Assert.Contains(culture == "en" ? "export" : "导出", page.Text("[data-testid=rights]"));
        if (url != "/terms")
            Assert.Contains(culture == "en" ? "the Marketplace operations team" : "Marketplace 运营团队", page.Text("[data-testid=operator]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ShellTestsOnSqlite(SqliteApp app) : ShellTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ShellTestsOnPostgreSql(PostgresApp app) : ShellTests(app);
