namespace Marketplace.Domain.Auditing;

public static class AuditActions
{
    public const string Added = "Added";
    public const string Modified = "Modified";
    /// <summary>An administrator asked for something that changes no audited row itself, e.g. a job run.</summary>
    public const string Requested = "Requested";
}
