namespace Marketplace.Application.Import;

/// <summary>What a section's record has in common: the external id, unique within its section.</summary>
public interface IImportRecord
{
    string Key { get; }
}
