using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Marketplace.Infrastructure.Persistence;

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
