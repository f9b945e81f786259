using System.Text.Json;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions;

/// <summary>
/// The editable fields of a position as one value: what an edit of a published position proposes
/// (stored as a moderation request's payload until approved) and what is published now.
/// </summary>
public sealed record PositionRevision(
    LocalizedText Title, LocalizedText Description, string Type, IReadOnlyList<string> ResearchAreas, IReadOnlyList<string> Skills,
    string? MinDegree, int? MinYearsExperience, Guid? ClusterId, bool Remote,
    long? CompensationMin, long? CompensationMax, string? CompensationCurrency, bool VisaSupport, bool RelocationSupport, DateOnly? Deadline)
{
    public static PositionRevision Of(Position p) =>
        new(p.Title, p.Description, p.Type, p.ResearchAreas.ToList(), p.Skills.ToList(), p.MinDegree, p.MinYearsExperience, p.ClusterId, p.Remote,
            p.CompensationMin, p.CompensationMax, p.CompensationCurrency, p.VisaSupport, p.RelocationSupport, p.Deadline);

    public void CopyTo(Position p)
    {
        p.Title = Title;
        p.Description = Description;
        p.Type = Type;
        p.ResearchAreas = ResearchAreas.ToList();
        p.Skills = Skills.ToList();
        p.MinDegree = MinDegree;
        p.MinYearsExperience = MinYearsExperience;
        p.ClusterId = ClusterId;
        p.Remote = Remote;
        p.CompensationMin = CompensationMin;
        p.CompensationMax = CompensationMax;
        p.CompensationCurrency = CompensationCurrency;
        p.VisaSupport = VisaSupport;
        p.RelocationSupport = RelocationSupport;
        p.Deadline = Deadline;
    }

    /// <summary>Same values (records compare lists by reference, so the lists are compared item by item).</summary>
    public bool SameAs(PositionRevision other) =>
        this with { ResearchAreas = NoCodes, Skills = NoCodes } == other with { ResearchAreas = NoCodes, Skills = NoCodes }
        && ResearchAreas.SequenceEqual(other.ResearchAreas) && Skills.SequenceEqual(other.Skills);

    private static readonly IReadOnlyList<string> NoCodes = [];

    public static string Write(PositionRevision revision) => JsonSerializer.Serialize(revision);

    public static PositionRevision Read(string? payload) =>
        JsonSerializer.Deserialize<PositionRevision>(payload ?? "{}") ?? throw new InvalidOperationException("Empty position revision.");
}
