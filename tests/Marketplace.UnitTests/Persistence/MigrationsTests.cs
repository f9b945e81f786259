using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marketplace.UnitTests.Persistence;

/// <summary>
/// Each provider has its own migrations project; a model change without a migration for both fails
/// here (README: Working on it), before any database is involved.
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<DatabaseProvider> Providers => new(Enum.GetValues<DatabaseProvider>());

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_match_the_model(DatabaseProvider provider)
    {
        using var db = Context(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes with no {provider} migration: add one to migrations/Marketplace.Migrations.{provider}.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_provider_reads_migrations_from_its_own_assembly(DatabaseProvider provider)
    {
        using var db = Context(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        var assembly = db.GetService<IMigrationsAssembly>().Assembly.GetName().Name;
        Assert.Equal($"Marketplace.Migrations.{provider}", assembly);
        Assert.Equal(provider == DatabaseProvider.Sqlite ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL",
            db.Database.ProviderName);
    }

    private static AppDbContext Context(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        var connectionString = provider == DatabaseProvider.Sqlite
            ? "Data Source=:memory:"
            : "Host=127.0.0.1;Database=never-opened;Username=nobody;Password=nothing";
        new DatabaseSettings { Provider = provider, ConnectionString = connectionString }.Configure(options);
        return new AppDbContext(options.Options);
    }
}
