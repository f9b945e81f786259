namespace Marketplace.Domain.Common;

/// <summary>An aggregate users can edit: carries the optimistic-concurrency version.</summary>
public interface IVersioned
{
    int Version { get; }
}
