using System.Net;
using System.Security.Claims;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real port (Kestrel on loopback) over a real database of its own, created for
/// this fixture and dropped afterwards. Tests create their own data (unique e-mails and keys), so
/// no reset is needed between tests and they can share one app.
/// </summary>
public abstract class MarketplaceApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "marketplace-tests", Guid.NewGuid().ToString("N"));

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Settings this app runs with, on top of the root appsettings.json.</summary>
    protected virtual Dictionary<string, string?> Settings() => new()
    {
        ["Database:DataDirectory"] = dataDirectory,
        ["Email:PickupDirectory"] = Path.Combine(dataDirectory, "mail"),
        ["Jobs:RunServer"] = "false",
        // The app's own request logs would drown the test output; warnings and errors still show.
        ["Logging:LogLevel:Default"] = "Warning",
        ["Demo:LoadOnFirstRun"] = "false",
        // Every test talks from 127.0.0.1: the brute-force test uses a host of its own with the real limits.
        ["RateLimiting:AccountPermitLimit"] = "100000",
        ["Identity:MaxFailedAccessAttempts"] = "5",
    };

    public string DataDirectory => dataDirectory;

    public string MailDirectory => Path.Combine(dataDirectory, "mail");

    public Uri BaseAddress { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings())
            builder.UseSetting(key, value);
        builder.UseContentRoot(ContentRoot.Find());
    }

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        await Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        DatabaseSetup.ClearPools(Provider);
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A browser-like client: its own cookies, no automatic redirects (tests check them).</summary>
    public WebClient NewClient() => new(BaseAddress);

    /// <summary>Runs a use case through the real pipeline, as the system or as the given user.</summary>
    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, ClaimsPrincipal? asUser = null) =>
        InScopeAsync(asUser, sender => sender.Send(command).AsTask());

    /// <summary>Runs a query through the real pipeline, as the system or as the given user.</summary>
    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, ClaimsPrincipal? asUser = null) =>
        InScopeAsync(asUser, sender => sender.Send(query).AsTask());

    private async Task<TResponse> InScopeAsync<TResponse>(ClaimsPrincipal? asUser, Func<ISender, Task<TResponse>> send)
    {
        await using var scope = Services.CreateAsyncScope();
        var current = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        if (asUser is null)
            current.RunAsSystem();
        else
            current.RunAs(asUser);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    /// <summary>Resolves a service in a scope acting as the system (e.g. to run a background job's class).</summary>
    public async Task RunAsSystemAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        await action(scope.ServiceProvider);
    }

    /// <summary>Reads the database directly, outside the app's pipeline, to check what was really saved.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static ClaimsPrincipal Principal(Guid userId, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId.ToString()) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}

public class SqliteApp : MarketplaceApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>
/// PostgreSQL from MARKETPLACE_TEST_POSTGRES (default: the local server that scripts/test-deps.sh
/// starts); each fixture gets a database of its own, dropped at the end.
/// </summary>
public class PostgresApp : MarketplaceApp
{
    private readonly string database = "marketplace_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("MARKETPLACE_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=marketplace;Password=marketplace;Database=postgres";

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Database:Provider"] = "PostgreSql";
        settings["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();
        return settings;
    }

    public override async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            try
            {
                await connection.OpenAsync();
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    "PostgreSQL is not reachable for the integration tests. Run scripts/test.sh (it installs and starts it) " +
                    "or set MARKETPLACE_TEST_POSTGRES to a server where the user may create databases.", e);
            }
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgresql";
}
