namespace Marketplace.Application.Common;

/// <summary>Which use case is running, so the audit log can say why a row changed.</summary>
public interface IUseCaseContext
{
    string? Current { get; set; }

    /// <summary>The running command when it is an <see cref="IAuditedAction"/> not yet written to the audit log.</summary>
    IAuditedAction? PendingAction { get; set; }
}
