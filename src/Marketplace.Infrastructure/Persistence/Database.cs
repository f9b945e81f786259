using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The "Database" configuration section. SQLite by default: a file in the data folder, which is
/// resolved to an absolute path so the working directory never decides where data goes.
/// </summary>
public sealed class DatabaseSettings
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;
    /// <summary>PostgreSQL connection string; for SQLite, optional (defaults to the data folder's file).</summary>
    public string? ConnectionString { get; init; }
    public string DataDirectory { get; init; } = "data";
    public bool MigrateOnStartup { get; init; } = true;

    public const string SqliteMigrationsAssembly = "Marketplace.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "Marketplace.Migrations.PostgreSql";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var settings = configuration.GetSection("Database").Get<DatabaseSettings>() ?? new DatabaseSettings();
        var data = Path.GetFullPath(settings.DataDirectory, contentRoot);
        return new DatabaseSettings
        {
            Provider = settings.Provider,
            ConnectionString = settings.ConnectionString,
            DataDirectory = data,
            MigrateOnStartup = settings.MigrateOnStartup,
        };
    }

    public string ResolveConnectionString()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(ConnectionString))
                throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is PostgreSql.");
            return ConnectionString;
        }
        if (!string.IsNullOrWhiteSpace(ConnectionString))
            return ConnectionString;
        Directory.CreateDirectory(DataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(DataDirectory, "marketplace.db"),
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    public string HangfireSqlitePath => Path.Combine(DataDirectory, "hangfire.db");

    public void Configure(DbContextOptionsBuilder options)
    {
        var cs = ResolveConnectionString();
        if (Provider == DatabaseProvider.PostgreSql)
            options.UseNpgsql(cs, o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly));
        else
            options.UseSqlite(cs, o => o.MigrationsAssembly(SqliteMigrationsAssembly)).AddInterceptors(SqlitePragmas.Instance);
    }
}

/// <summary>Every SQLite connection waits for the one writer instead of failing at once.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
    }
}

public static class DatabaseSetup
{
    /// <summary>
    /// Applies migrations with the scope's context: how the hosts migrate, so that neither the web app
    /// nor the CLI touches the context itself (the architecture tests keep them from it).
    /// </summary>
    public static Task MigrateAsync(IServiceProvider scope, CancellationToken ct = default) =>
        MigrateAsync(scope.GetRequiredService<AppDbContext>(), ct);

    /// <summary>Applies migrations and turns on WAL for SQLite (a property of the file, kept once set).</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
    }

    public static void ClearPools(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
            SqliteConnection.ClearAllPools();
        else
            NpgsqlConnection.ClearAllPools();
    }
}
