using Marketplace.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence;

public sealed class UnitOfWork(AppDbContext db) : IUnitOfWork
{
    private readonly List<Func<CancellationToken, Task>> afterCommit = [];

    public bool HasActiveTransaction => db.Database.CurrentTransaction is not null;

    public async Task<IAsyncDisposable> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        // Whatever a rolled-back transaction left queued is dropped with it.
        afterCommit.Clear();
        return await db.Database.BeginTransactionAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.CurrentTransaction!.CommitAsync(cancellationToken);
        var actions = afterCommit.ToList();
        afterCommit.Clear();
        foreach (var action in actions)
            await action(cancellationToken);
    }

    public void AfterCommit(Func<CancellationToken, Task> action)
    {
        if (!HasActiveTransaction)
            throw new InvalidOperationException("AfterCommit needs an active transaction.");
        afterCommit.Add(action);
    }
}
