using Marketplace.Application.Common;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests;

/// <summary>Effects registered with AfterCommit (e-mail) happen only once the transaction has committed.</summary>
public abstract class UnitOfWorkTests(MarketplaceApp app)
{
    [Fact]
    public async Task An_after_commit_action_runs_after_the_commit_and_never_after_a_rollback()
    {
        var ran = new List<string>();
        await app.RunAsSystemAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();

            await using (await unitOfWork.BeginTransactionAsync(CancellationToken.None))
            {
                unitOfWork.AfterCommit(_ => { ran.Add("rolled back"); return Task.CompletedTask; });
                // Disposed without a commit: rolled back.
            }

            await using (await unitOfWork.BeginTransactionAsync(CancellationToken.None))
            {
                unitOfWork.AfterCommit(_ => { ran.Add(unitOfWork.HasActiveTransaction ? "inside" : "committed"); return Task.CompletedTask; });
                Assert.Empty(ran);
                await unitOfWork.CommitAsync(CancellationToken.None);
            }

            Assert.Throws<InvalidOperationException>(() => unitOfWork.AfterCommit(_ => Task.CompletedTask));
        });
        Assert.Equal(["committed"], ran);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnitOfWorkTestsOnSqlite(SqliteApp app) : UnitOfWorkTests(app);

[Collection(PostgresCollection.Name)]
public sealed class UnitOfWorkTestsOnPostgreSql(PostgresApp app) : UnitOfWorkTests(app);
