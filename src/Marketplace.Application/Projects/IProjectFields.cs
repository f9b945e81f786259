namespace Marketplace.Application.Projects;

/// <summary>The public fields of a project, on the new and the edit form alike (and in a revision).</summary>
public interface IProjectFields
{
    string? TitleEn { get; }
    string? TitleZh { get; }
    string? SummaryEn { get; }
    string? SummaryZh { get; }
    long? SeekingAmount { get; }
    string? SeekingCurrency { get; }
    string? Instrument { get; }
    string? Stage { get; }
    string? UseOfFundsEn { get; }
    string? UseOfFundsZh { get; }
    IReadOnlyList<TractionInput>? Traction { get; }
}
