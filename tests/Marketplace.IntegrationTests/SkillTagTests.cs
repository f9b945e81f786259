using Marketplace.Application.Common;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

public abstract class SkillTagTests(MarketplaceApp app)
{
    [Fact]
    public async Task Remembering_a_tag_that_exists_skips_it_without_failing_the_transaction()
    {
        var tag = "tag-" + Guid.NewGuid().ToString("N")[..10];
        var now = DateTime.UtcNow;
        var count = await app.QueryAsync(async db =>
        {
            // As two people saving the same new skill at once: the second insert meets the first one's row.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Skills.RememberAsync(db, [tag, "pytorch"], now, CancellationToken.None);
            await Skills.RememberAsync(db, [tag, tag], now, CancellationToken.None);
            var inTransaction = await db.SkillTags.CountAsync(t => t.Name == tag);
            await transaction.CommitAsync();
            return inTransaction;
        });
        Assert.Equal(1, count);
        Assert.Contains(tag, await app.QueryAsync(db => Skills.SuggestAsync(db, tag[..8], 50, CancellationToken.None)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SkillTagTestsOnSqlite(SqliteApp app) : SkillTagTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SkillTagTestsOnPostgreSql(PostgresApp app) : SkillTagTests(app);
