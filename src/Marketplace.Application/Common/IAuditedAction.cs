namespace Marketplace.Application.Common;

/// <summary>
/// A command that changes no audited row but must still leave a line in the audit log (an
/// administrator starting a job, say). The transaction behavior hands it to the audit
/// interceptor, which writes the line with the command's own transaction: handlers never do.
/// </summary>
public interface IAuditedAction
{
    /// <summary>What was acted on, as the audit log names it (e.g. "Job").</summary>
    string AuditEntityType { get; }

    string AuditEntityId { get; }

    /// <summary>What the action set, as the audit log's changes read ({ "Property": { "after": ... } }); null for nothing.</summary>
    IReadOnlyDictionary<string, object?>? AuditChanges => null;
}
