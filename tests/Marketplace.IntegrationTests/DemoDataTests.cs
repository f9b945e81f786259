using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Researchers;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Persistence;
using Marketplace.IntegrationTests.Infrastructure;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>A first start in Development, with the demo data on, over a SQLite database of its own.</summary>
public sealed class DevelopmentFirstRunApp : MarketplaceApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Demo:LoadOnFirstRun"] = "true";
        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}

public sealed partial class DemoDataTests(DevelopmentFirstRunApp app) : IClassFixture<DevelopmentFirstRunApp>
{
    [Fact]
    public async Task First_run_in_development_loads_the_demo_accounts_with_one_password_written_to_the_data_folder()
    {
        var accounts = await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, DemoData.AccountsFileName));
        var password = PasswordLine().Match(accounts).Groups[1].Value;
        Assert.NotEmpty(password);
        Assert.Contains("li.wei.beijing@example.com", accounts);
        Assert.Contains("admin@example.org", accounts);

        using var client = app.NewClient();
        var signedIn = await Users.SignInAsync(client, "li.wei.beijing@example.com", password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        // Accounts with a password get no invitation.
        Assert.Empty(app.MailTo("li.wei.beijing@example.com"));
    }

    [Fact]
    public async Task First_run_in_development_refreshes_cluster_statistics_so_cluster_pages_show_the_demo_members()
    {
        var counts = await app.QueryAsync(db => (
            from s in db.ClusterStatistics
            join c in db.Clusters on s.ClusterId equals c.Id
            select new { c.Key, s.Members }).ToDictionaryAsync(x => x.Key, x => x.Members));
        Assert.All(Codes.ReferenceClusters, key => Assert.True(counts[key] > 0, key));

        using var client = app.NewClient();
        var page = await client.GetAsync("/clusters/beijing?culture=en");
        Assert.Equal("4", page.Text("[data-testid=counts] dd"));
    }

    [Fact]
    public async Task First_run_in_development_loads_every_demo_startup_and_project_and_the_submitted_ones_wait_for_review()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(ContentRoot.Find(), "demo", "marketplace-demo.json"));
        var root = JsonDocument.Parse(json).RootElement;
        string[] Keys(string section) => root.GetProperty(section).EnumerateArray().Select(e => e.GetProperty("key").GetString()!).Order().ToArray();
        var submitted = root.GetProperty("projects").EnumerateArray()
            .Where(e => e.GetProperty("status").GetString() == "submitted").Select(e => e.GetProperty("key").GetString()!).Order().ToArray();

        await app.QueryAsync(async db =>
        {
            Assert.Equal(Keys("startups"), (await db.Startups.Select(s => s.ImportKey!).ToListAsync()).Order());
            Assert.Equal(Keys("projects"), (await db.Projects.Select(p => p.ImportKey!).ToListAsync()).Order());
            Assert.Equal(Keys("projects").Length, await db.ProjectConfidentials.CountAsync());
            var waiting = await (
                from r in db.ModerationRequests
                where r.ContentType == Project.ContentType && r.Decision == ModerationDecision.Pending
                join p in db.Projects on r.ContentId equals p.Id
                select p.ImportKey!).ToListAsync();
            Assert.Equal(submitted, waiting.Order());
            return true;
        });
    }

    [Fact]
    public async Task Demo_startups_and_projects_leave_the_cluster_member_counts_to_the_demo_people()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(ContentRoot.Find(), "demo", "marketplace-demo.json"));
        var expected = JsonDocument.Parse(json).RootElement.GetProperty("users").EnumerateArray()
            .Where(e => e.TryGetProperty("cluster", out _))
            .GroupBy(e => e.GetProperty("cluster").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());

        var counts = await app.QueryAsync(db => (
            from s in db.ClusterStatistics
            join c in db.Clusters on s.ClusterId equals c.Id
            select new { c.Key, s.Members }).ToDictionaryAsync(x => x.Key, x => x.Members));

        Assert.All(Codes.ReferenceClusters, key => Assert.Equal(expected[key], counts[key]));
    }

    [Fact]
    public async Task First_run_in_development_gives_every_demo_researcher_a_profile_and_every_cluster_researchers_who_want_to_work_there_and_open_positions()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(ContentRoot.Find(), "demo", "marketplace-demo.json"));
        var root = JsonDocument.Parse(json).RootElement;
        var researchers = root.GetProperty("users").EnumerateArray()
            .Where(e => e.GetProperty("role").GetString() == RoleNames.Researcher).Select(e => e.GetProperty("key").GetString()!).Order().ToArray();
        var submitted = root.GetProperty("positions").EnumerateArray()
            .Where(e => e.GetProperty("status").GetString() == "submitted").Select(e => e.GetProperty("key").GetString()!).Order().ToArray();

        await app.QueryAsync(async db =>
        {
            var profiles = await (
                from r in db.ResearcherProfiles
                join p in db.UserProfiles on r.Id equals p.Id
                select new { User = p.ImportKey!, r.Visibility, r.DesiredClusterKeys }).ToListAsync();
            Assert.Equal(researchers, profiles.Select(p => p.User).Order());
            Assert.All(ResearcherVisibility.All, v => Assert.True(profiles.Count(p => p.Visibility == v) >= 3, v));
            Assert.All(Codes.ReferenceClusters, c =>
                Assert.Contains(profiles, p => p.Visibility != ResearcherVisibility.Hidden && p.DesiredClusterKeys.Contains(c)));

            var published = await (
                from p in db.Positions
                where p.State == ModerationState.Published
                join c in db.Clusters on p.ClusterId equals c.Id
                select c.Key).Distinct().ToListAsync();
            Assert.Equal(Codes.ReferenceClusters.Order(), published.Order());
            var types = await db.Positions.Select(p => p.Type).Distinct().ToListAsync();
            Assert.Equal(Codes.PositionTypes.Order(), types.Order());
            var waiting = await (
                from r in db.ModerationRequests
                where r.ContentType == Position.ContentType && r.Decision == ModerationDecision.Pending
                join p in db.Positions on r.ContentId equals p.Id
                select p.ImportKey!).ToListAsync();
            Assert.Equal(submitted, waiting.Order());
            Assert.True(await db.Startups.CountAsync(s => s.IsVerified) >= 2);
            Assert.True(await db.Funds.CountAsync(f => f.IsVerified) >= 2);
            return true;
        });
    }

    [GeneratedRegex(@"password: (\S+)")]
    private static partial Regex PasswordLine();
}
