namespace Marketplace.Application.Common;

public sealed class UseCaseContext : IUseCaseContext
{
    public string? Current { get; set; }

    public IAuditedAction? PendingAction { get; set; }
}
