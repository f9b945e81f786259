namespace Marketplace.Domain.Researchers;

/// <summary>A publication: title, venue, year, and a DOI or a URL (validated on input).</summary>
public sealed record Publication(string Title, string? Venue, int? Year, string? Doi, string? Url);
