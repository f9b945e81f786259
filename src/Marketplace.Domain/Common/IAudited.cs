namespace Marketplace.Domain.Common;

/// <summary>Changes to these entities are written to the audit log, with before and after values.</summary>
public interface IAudited
{
    Guid Id { get; }
}
