using System.Net;
using Marketplace.Application.Import;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Startups;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Bench;

/// <summary>
/// The real web app on Kestrel (loopback, a free port) over a SQLite database in a folder of its own,
/// or over the PostgreSQL database <paramref name="postgres"/> names (a connection string).
/// </summary>
public sealed class BenchApp(string dataDirectory, bool logSql = false, string? postgres = null) : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = null!;

    public string DatabaseName => postgres is null ? "SQLite" : "PostgreSQL";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", postgres is null ? "Sqlite" : "PostgreSql");
        if (postgres is not null)
            builder.UseSetting("Database:ConnectionString", postgres);
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.UseSetting("Email:PickupDirectory", Path.Combine(dataDirectory, "mail"));
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Demo:LoadOnFirstRun", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (logSql)
        {
            builder.UseSetting("Logging:Console:FormatterName", "simple");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }
        builder.UseContentRoot(ContentRoot.Find());
    }

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>
    /// Loads the data through the import engine when it has the startups and projects sections;
    /// until then straight through EF Core in batches (the same rows a published import makes,
    /// without owners: discovery does not read them). Returns how it loaded.
    /// </summary>
    public async Task<string> LoadAsync(MarketData data, string importFile)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var runner = scope.ServiceProvider.GetRequiredService<ImportRunner>();
        if (runner.Sections.Any(s => s.Name == "startups") && runner.Sections.Any(s => s.Name == "projects"))
        {
            await using var file = File.OpenRead(importFile);
            var result = await runner.RunAsync(file, new ImportOptions());
            if (result.Errors.Count > 0)
                throw new InvalidOperationException("The generated import file was refused: " + string.Join("; ", result.Errors.Take(5)));
            return "import engine";
        }
        await BulkInsertAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), data);
        return "EF Core bulk insert (the import has no startups/projects sections yet)";
    }

    /// <summary>Startups and projects straight through EF Core in batches (also the recompute benchmark's loader: the import is slow at 100,000).</summary>
    public static async Task BulkInsertAsync(AppDbContext db, MarketData data)
    {
        var clusters = await db.Clusters.ToDictionaryAsync(c => c.Key, c => c.Id);
        var startupIds = new Dictionary<string, Guid>();
        foreach (var batch in data.Startups.Chunk(1000))
        {
            foreach (var s in batch)
            {
                var startup = new Startup(ToText(s.Name), clusters[s.Cluster], s.Stage)
                {
                    Description = ToText(s.Description),
                    Sectors = [.. s.Sectors],
                    FoundedYear = s.Founded,
                    TeamSize = s.TeamSize,
                    Website = s.Website,
                    RelocationClusterKeys = [.. s.WillingToRelocateTo],
                    ImportKey = s.Key,
                };
                startupIds[s.Key] = startup.Id;
                db.Startups.Add(startup);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        foreach (var batch in data.Projects.Chunk(1000))
        {
            foreach (var p in batch)
            {
                var state = p.Status switch
                {
                    "published" => ModerationState.Published,
                    "submitted" => ModerationState.Submitted,
                    "closed" => ModerationState.Closed,
                    _ => ModerationState.Draft,
                };
                db.Projects.Add(new Project(startupIds[p.Startup], ToText(p.Title), p.Seeking.Amount, p.Seeking.Currency, p.Instrument, p.Stage)
                {
                    Summary = ToText(p.Summary),
                    UseOfFunds = ToText(p.UseOfFunds),
                    State = state,
                    PublishedAt = state is ModerationState.Published or ModerationState.Closed ? p.PublishedAt : null,
                    ClosedAt = state == ModerationState.Closed ? p.PublishedAt.AddDays(60) : null,
                    ClosedReason = state == ModerationState.Closed ? ClosedReasons.Funded : null,
                    ImportKey = p.Key,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static LocalizedText ToText(Text text) => new(text.En, text.Zh);
}
