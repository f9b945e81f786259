using Marketplace.Application.Common;

namespace Marketplace.Application.Positions;

/// <summary>The fields of a position, on the new and the edit form alike (and in a revision).</summary>
public interface IPositionFields
{
    string? TitleEn { get; }
    string? TitleZh { get; }
    string? DescriptionEn { get; }
    string? DescriptionZh { get; }
    string? Type { get; }
    IReadOnlyList<string>? ResearchAreas { get; }
    /// <summary>Skill tags as typed: comma- or newline-separated (see <see cref="Common.Skills.Parse"/>).</summary>
    string? Skills { get; }
    string? MinDegree { get; }
    int? MinYearsExperience { get; }
    string? ClusterKey { get; }
    bool Remote { get; }
    long? CompensationMin { get; }
    long? CompensationMax { get; }
    string? CompensationCurrency { get; }
    bool VisaSupport { get; }
    bool RelocationSupport { get; }
    DateOnly? Deadline { get; }
}
