namespace Marketplace.Application.Funds;

/// <summary>A fund's profile fields as its partners edit them (codes, not names), with the version the form sends back.</summary>
public sealed record FundEdit(
    Guid Id, string? NameEn, string? NameZh, string? DescriptionEn, string? DescriptionZh, string Type, string? ClusterKey,
    string? Website, long? SizeAmount, string? SizeCurrency, int Version, FundFormChoices Choices);
