using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Domain.Common;
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

    [GeneratedRegex(@"password: (\S+)")]
    private static partial Regex PasswordLine();
}
