using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Common;

/// <summary>Commands run inside one database transaction; implemented over the EF Core context.</summary>
public interface IUnitOfWork
{
    bool HasActiveTransaction { get; }
    Task<IAsyncDisposable> BeginTransactionAsync(CancellationToken cancellationToken);
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> once the current transaction has committed, and never if it rolls back:
    /// for effects outside the database (an e-mail) that must not happen for a write that is undone.
    /// </summary>
    void AfterCommit(Func<CancellationToken, Task> action);
}
