using Marketplace.Domain.Researchers;

namespace Marketplace.Application.Import;

/// <summary>A publication: <paramref name="Doi"/> or <paramref name="Url"/> (or both) says where to read it.</summary>
public sealed record PublicationJson(string? Title, string? Venue, int? Year, string? Doi, string? Url);
