namespace Marketplace.Application.Auditing;

public sealed record AuditLine(long Id, DateTime At, Guid? UserId, string? UserName, string? UseCase,
    string EntityType, string EntityId, string Action, IReadOnlyList<AuditChange> Changes);
