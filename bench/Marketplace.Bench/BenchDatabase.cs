using Npgsql;

namespace Marketplace.Bench;

/// <summary>
/// A new PostgreSQL database for one run, dropped at the end, on the server of MARKETPLACE_BENCH_POSTGRES
/// (a connection string whose user may create databases); by default the local server and role that
/// scripts/test-deps.sh sets up for the tests.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private const string LocalServer = "Host=127.0.0.1;Port=5432;Username=marketplace;Password=marketplace;Database=postgres";

    private readonly string server;
    private readonly string name;

    private BenchDatabase(string server, string name)
    {
        this.server = server;
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("MARKETPLACE_BENCH_POSTGRES") is { Length: > 0 } configured ? configured : LocalServer;
        var database = new BenchDatabase(server, "marketplace_bench_" + Guid.NewGuid().ToString("N")[..12]);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        // Autovacuum may still be analysing the tables just loaded (a backend FORCE may not end): wait for it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 30 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
