using System.Net;
using WebClient = Marketplace.IntegrationTests.Infrastructure.WebClient;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>The founder dashboard and the notifications every later issue reuses.</summary>
public abstract class FounderDashboardTests(MarketplaceApp app)
{
    [Fact]
    public async Task A_new_founder_sees_the_empty_state_pointing_to_creating_a_startup()
    {
        var founder = await Users.RegisterAsync(app);

        var page = await founder.Client.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/startups/new", page.Document.QuerySelector("a[data-testid=create-first-startup]")!.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=no-notifications]"));
        Assert.NotNull((await founder.Client.GetAsync("/")).Document.QuerySelector("a[data-testid=nav-dashboard]"));
    }

    [Fact]
    public async Task The_dashboard_shows_each_project_with_its_status_views_and_pending_access_requests()
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await TestStartups.CreateAsync(app, founder, "Dashboard Robotics");
        var other = await TestStartups.CreateAsync(app, await Users.RegisterAsync(app), "Somebody else's");
        var project = await ProjectRows.InsertAsync(app, startup, "Series A round", ModerationState.ChangesRequested, views: 1234);
        await ProjectRows.InsertAsync(app, other, "Not mine", ModerationState.Published);
        await app.QueryAsync(async db =>
        {
            foreach (var status in new[] { AccessStatus.Requested, AccessStatus.Requested, AccessStatus.Granted })
            {
                var fund = new Fund(new LocalizedText("Fund " + Guid.NewGuid().ToString("N")[..6], null), "venture-capital");
                db.Funds.Add(fund);
                db.ConfidentialAccesses.Add(new ConfidentialAccess
                {
                    ProjectId = project, FundId = fund.Id, Status = status, RequestedById = founder.Id, RequestedAt = DateTime.UtcNow,
                });
            }
            return await db.SaveChangesAsync();
        });

        var en = await founder.Client.GetAsync("/dashboard");

        var card = en.Document.QuerySelector($"[data-startup='{startup}']")!;
        Assert.Equal("Dashboard Robotics", card.QuerySelector("[data-testid=startup-link]")!.TextContent.Trim());
        var row = Assert.Single(card.QuerySelectorAll("[data-project]"));
        Assert.Equal($"/projects/{project}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Changes requested", row.QuerySelector("[data-testid=project-status]")!.TextContent.Trim());
        Assert.Equal("1,234", row.QuerySelector("[data-testid=project-views]")!.TextContent.Trim());
        Assert.Equal("2", row.QuerySelector("[data-testid=project-requests]")!.TextContent.Trim());
        Assert.Null(en.Document.QuerySelector($"[data-startup='{other}']"));
        Assert.DoesNotContain("Not mine", en.Html);

        await founder.Client.GetAsync("/?culture=zh-Hans");
        var zh = await founder.Client.GetAsync("/dashboard");
        Assert.Equal("需要修改", zh.Text($"[data-project='{project}'] [data-testid=project-status]"));
    }

    [Fact]
    public async Task My_startups_lists_the_ones_I_own_latest_joined_first()
    {
        var founder = await Users.RegisterAsync(app);
        var older = await TestStartups.CreateAsync(app, founder, "Older one");
        var newer = await TestStartups.CreateAsync(app, founder, "Newer one", clusterKey: "shenzhen");
        await TestStartups.CreateAsync(app, await Users.RegisterAsync(app), "Not mine");

        var mine = await app.SendAsync(new Marketplace.Application.Startups.ListMyStartups.Query(), MarketplaceApp.Principal(founder.Id, RoleNames.Founder));

        Assert.Equal([newer, older], mine.Select(s => s.Id));
        Assert.Equal("shenzhen", mine[0].Cluster.Code);
        Assert.Equal("Newer one", mine[0].Name.En);
    }

    // Researchers have a dashboard of their own since issue 5 (ResearcherProfileTests), fund managers since
    // issue 6 (RecommendationPageTests); administrators have /admin since issue 11 (ShellTests).
    [Fact]
    public async Task Administrators_are_sent_to_their_own_home_and_anonymous_visitors_to_sign_in()
    {
        var user = await Users.AdminAsync(app);
        var dashboard = await user.Client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.Status);
        Assert.Equal("/admin", Redirects.PathOf(dashboard.Location));
        Assert.Null((await user.Client.GetAsync("/")).Document.QuerySelector("a[data-testid=nav-dashboard]"));

        using var anonymous = app.NewClient();
        var page = await anonymous.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/login", Redirects.PathOf(page.Location));
        Assert.StartsWith("/account/login", Redirects.PathOf((await anonymous.GetAsync("/notifications")).Location));
    }

    [Fact]
    public async Task Notifications_are_listed_newest_first_in_pages_counted_in_the_navigation_and_marked_read()
    {
        var user = await Users.RegisterAsync(app, RoleNames.Researcher);
        var other = await Users.RegisterAsync(app);
        await app.QueryAsync(async db =>
        {
            var start = DateTime.UtcNow.AddHours(-1);
            for (var i = 1; i <= 25; i++)
                db.Notifications.Add(new Marketplace.Domain.Notifications.Notification
                {
                    UserId = user.Id, Kind = "startup-invitation-accepted", Arguments = $"[\"Person {i}\",\"Startup {i}\"]",
                    Link = "/dashboard", CreatedAt = start.AddMinutes(i),
                });
            db.Notifications.Add(new Marketplace.Domain.Notifications.Notification
            {
                UserId = other.Id, Kind = "startup-invitation-accepted", Arguments = "[\"Someone\",\"Else\"]", CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var home = await user.Client.GetAsync("/");
        Assert.Equal("25", home.Document.QuerySelector("[data-testid=unread-count]")!.FirstChild!.TextContent.Trim());
        var first = await user.Client.GetAsync("/notifications");
        var texts = first.Texts("[data-testid=notification-text]");
        Assert.Equal(20, texts.Count);
        Assert.Equal("Person 25 accepted the invitation and now co-owns Startup 25.", texts[0]);
        Assert.Equal("2", first.Document.QuerySelector("[data-testid=pager]")!.GetAttribute("data-page-count"));
        var second = await user.Client.GetAsync("/notifications?page=2");
        Assert.Equal("Person 5 accepted the invitation and now co-owns Startup 5.", second.Texts("[data-testid=notification-text]")[0]);
        Assert.Equal(5, second.Texts("[data-testid=notification-text]").Count);

        var one = first.Document.QuerySelector("[data-notification]")!.GetAttribute("data-notification")!;
        var read = await user.Client.SubmitAsync(first, new Dictionary<string, string>(), $"[data-notification='{one}'] form");
        Assert.Equal(HttpStatusCode.Redirect, read.Status);
        var after = await user.Client.GetAsync("/notifications");
        Assert.Equal("false", after.Document.QuerySelector($"[data-notification='{one}']")!.GetAttribute("data-unread"));
        Assert.Equal("24", after.Document.QuerySelector("[data-testid=unread-count]")!.FirstChild!.TextContent.Trim());

        // Someone else's notification is not theirs to mark.
        var foreign = await app.QueryAsync(db => db.Notifications.Where(n => n.UserId == other.Id).Select(n => n.Id).SingleAsync());
        await user.Client.PostAsync($"/notifications/{foreign}/read", [new("__RequestVerificationToken", WebClient.TokenOf(after))]);
        Assert.Null(await app.QueryAsync(db => db.Notifications.Where(n => n.Id == foreign).Select(n => n.ReadAt).SingleAsync()));

        var all = await user.Client.SubmitAsync(after, new Dictionary<string, string>(), "[data-testid=read-all-form]");
        Assert.Equal(HttpStatusCode.Redirect, all.Status);
        Assert.Null((await user.Client.GetAsync("/")).Document.QuerySelector("[data-testid=unread-count]"));
        Assert.Equal(0, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == user.Id && n.ReadAt == null)));
        Assert.Equal(0, await app.SendAsync(new CountMyUnreadNotifications.Query(), MarketplaceApp.Principal(user.Id, RoleNames.Researcher)));
        Assert.Equal(1, await app.SendAsync(new CountMyUnreadNotifications.Query(), MarketplaceApp.Principal(other.Id, RoleNames.Founder)));
    }

    [Fact]
    public async Task Opening_a_notification_link_marks_it_read_and_leads_only_to_local_links()
    {
        var user = await Users.RegisterAsync(app, RoleNames.Researcher);
        var other = await Users.RegisterAsync(app);
        var (local, external, foreign) = await app.QueryAsync(async db =>
        {
            var a = new Marketplace.Domain.Notifications.Notification
            {
                UserId = user.Id, Kind = "startup-invitation-accepted", Arguments = "[\"Ann\",\"Acme\"]", Link = "/dashboard", CreatedAt = DateTime.UtcNow.AddMinutes(-2),
            };
            var b = new Marketplace.Domain.Notifications.Notification
            {
                UserId = user.Id, Kind = "startup-invitation-accepted", Arguments = "[\"Bob\",\"Beta\"]", Link = "https://evil.example/phish", CreatedAt = DateTime.UtcNow.AddMinutes(-1),
            };
            var c = new Marketplace.Domain.Notifications.Notification
            {
                UserId = other.Id, Kind = "startup-invitation-accepted", Arguments = "[\"Cy\",\"Corp\"]", Link = "/dashboard", CreatedAt = DateTime.UtcNow,
            };
            db.Notifications.AddRange(a, b, c);
            await db.SaveChangesAsync();
            return (a.Id, b.Id, c.Id);
        });

        var list = await user.Client.GetAsync("/notifications");
        Assert.Equal("2", list.Document.QuerySelector("[data-testid=unread-count]")!.FirstChild!.TextContent.Trim());
        var link = list.Document.QuerySelector($"[data-notification='{local}'] a[data-testid=notification-link]")!;
        Assert.Equal($"/notifications/{local}/open", link.GetAttribute("href"));
        Assert.Null(list.Document.QuerySelector($"[data-notification='{external}'] a[data-testid=notification-link]"));

        var opened = await user.Client.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        Assert.Equal("/dashboard", Redirects.PathOf(opened.Location));
        var after = await user.Client.GetAsync("/notifications");
        Assert.Equal("1", after.Document.QuerySelector("[data-testid=unread-count]")!.FirstChild!.TextContent.Trim());
        Assert.Equal("false", after.Document.QuerySelector($"[data-notification='{local}']")!.GetAttribute("data-unread"));

        // A link that leaves the site is not followed, but the notification is read all the same.
        var outward = await user.Client.GetAsync($"/notifications/{external}/open");
        Assert.Equal("/notifications", Redirects.PathOf(outward.Location));
        Assert.Null((await user.Client.GetAsync("/notifications")).Document.QuerySelector("[data-testid=unread-count]"));

        // Someone else's notification is not found, and stays unread.
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/notifications/{foreign}/open")).Status);
        Assert.Null(await app.QueryAsync(db => db.Notifications.Where(n => n.Id == foreign).Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task The_dashboard_shows_the_latest_ten_notifications_with_unread_ones_highlighted()
    {
        var founder = await Users.RegisterAsync(app);
        await app.QueryAsync(async db =>
        {
            var start = DateTime.UtcNow.AddHours(-1);
            for (var i = 1; i <= 12; i++)
                db.Notifications.Add(new Marketplace.Domain.Notifications.Notification
                {
                    UserId = founder.Id, Kind = "startup-invitation-accepted", Arguments = $"[\"P{i}\",\"S{i}\"]",
                    CreatedAt = start.AddMinutes(i), ReadAt = i % 2 == 0 ? DateTime.UtcNow : null,
                });
            return await db.SaveChangesAsync();
        });

        var page = await founder.Client.GetAsync("/dashboard");

        var items = page.Document.QuerySelectorAll("[data-testid=notifications] [data-notification]");
        Assert.Equal(10, items.Length);
        Assert.Contains("P12 ", items[0].TextContent);
        Assert.Equal("false", items[0].GetAttribute("data-unread"));
        Assert.Equal("true", items[1].GetAttribute("data-unread"));
        Assert.Equal("6", page.Text("[data-testid=dashboard-unread]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FounderDashboardTestsOnSqlite(SqliteApp app) : FounderDashboardTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FounderDashboardTestsOnPostgreSql(PostgresApp app) : FounderDashboardTests(app);
