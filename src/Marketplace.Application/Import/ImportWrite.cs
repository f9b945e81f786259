namespace Marketplace.Application.Import;

/// <summary>
/// What writing one record did. <paramref name="AfterCommit"/> runs once the record's transaction
/// has committed (e-mails: never sent for a record that was rolled back).
/// </summary>
public sealed record ImportWrite(Guid EntityId, ImportOutcome Outcome, Func<CancellationToken, Task>? AfterCommit = null);
