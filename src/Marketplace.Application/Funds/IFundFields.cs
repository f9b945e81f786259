namespace Marketplace.Application.Funds;

/// <summary>The profile fields of a fund, on the new and the edit form alike (the mandate has its own form).</summary>
public interface IFundFields
{
    string? NameEn { get; }
    string? NameZh { get; }
    string? DescriptionEn { get; }
    string? DescriptionZh { get; }
    string? Type { get; }
    string? ClusterKey { get; }
    string? Website { get; }
    long? SizeAmount { get; }
    string? SizeCurrency { get; }
}
