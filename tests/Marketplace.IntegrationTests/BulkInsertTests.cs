using Marketplace.Domain.Clusters;
using Marketplace.Domain.Matching;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>
/// The bulk insert recommendations are written with (PostgreSQL COPY, SQLite multi-row INSERT):
/// rows read back through EF exactly as written, inside the caller's transaction or not at all.
/// </summary>
public abstract class BulkInsertTests(MarketplaceApp app)
{
    [Fact]
    public async Task Bulk_inserted_rows_read_back_as_written_and_a_rollback_leaves_none()
    {
        var generationId = await app.QueryAsync(async db =>
        {
            var generation = new RecommendationGeneration { Pairing = Pairings.FundProject, Status = GenerationStatus.Abandoned, ChunkCount = 1, StartedAt = DateTime.UtcNow };
            db.RecommendationGenerations.Add(generation);
            await db.SaveChangesAsync();
            return generation.Id;
        });
        // Microsecond precision: what PostgreSQL keeps (SQLite keeps ticks).
        var at = new DateTime(2026, 11, 27, 8, 30, 15, 123, DateTimeKind.Utc).AddTicks(4560);
        List<StoredRecommendation> Rows(Guid subject) => [.. Enumerable.Range(0, 250).Select(i => new StoredRecommendation
        {
            GenerationId = generationId,
            SubjectKind = MatchKinds.Fund,
            SubjectId = subject,
            TargetKind = MatchKinds.Project,
            TargetId = Guid.NewGuid(),
            Rank = i + 1,
            Score = 0.5 + i / 1024.0,
            Factors = $"[{{\"n\":{i},\"text\":\"医疗 '{i}'\"}}]",
            HardRules = "[]",
            ComputedAt = at,
            FirstSeenAt = at.AddDays(-i),
        })];
        // 250 rows: two full statements and a shorter one on SQLite.
        var kept = Rows(Guid.NewGuid());
        var rolledBack = Rows(Guid.NewGuid());

        await app.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.BulkInsertAsync(kept, CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        });
        await app.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.BulkInsertAsync(rolledBack, CancellationToken.None);
            await transaction.RollbackAsync();
            return 0;
        });

        var stored = await app.QueryAsync(db => db.Recommendations.AsNoTracking()
            .Where(r => r.SubjectId == kept[0].SubjectId).OrderBy(r => r.Rank).ToListAsync());
        Assert.Equal(
            kept.Select(r => (r.GenerationId, r.SubjectKind, r.TargetKind, r.TargetId, r.Rank, r.Score, r.Factors, r.HardRules, r.ComputedAt, r.FirstSeenAt)),
            stored.Select(r => (r.GenerationId, r.SubjectKind, r.TargetKind, r.TargetId, r.Rank, r.Score, r.Factors, r.HardRules, r.ComputedAt, r.FirstSeenAt)));
        Assert.All(stored, r => Assert.Equal(DateTimeKind.Utc, r.FirstSeenAt.Kind));
        Assert.Equal(250, stored.Select(r => r.Id).Distinct().Count());
        Assert.False(await app.QueryAsync(db => db.Recommendations.AnyAsync(r => r.SubjectId == rolledBack[0].SubjectId)));
    }

    [Fact]
    public async Task Audited_entities_are_refused_because_the_audit_would_never_see_them()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            app.QueryAsync(async db =>
            {
                await db.BulkInsertAsync(Array.Empty<Cluster>(), CancellationToken.None);
                return 0;
            }));
        Assert.Contains("audited", error.Message, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BulkInsertTestsOnSqlite(SqliteApp app) : BulkInsertTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BulkInsertTestsOnPostgreSql(PostgresApp app) : BulkInsertTests(app);
