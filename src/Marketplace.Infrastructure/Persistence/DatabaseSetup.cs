using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.Infrastructure.Persistence;

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
