using System.Text.Json;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;

namespace Marketplace.Application.Projects;

/// <summary>
/// The public fields of a project as one value: what an edit of a published project proposes
/// (stored as a moderation request's payload until approved) and what is published now.
/// </summary>
public sealed record ProjectRevision(
    LocalizedText Title, LocalizedText Summary, long SeekingAmount, string SeekingCurrency, string Instrument, string Stage,
    LocalizedText UseOfFunds, IReadOnlyList<TractionMetric> Traction)
{
    public static ProjectRevision Of(Project p) =>
        new(p.Title, p.Summary, p.SeekingAmount, p.SeekingCurrency, p.Instrument, p.Stage, p.UseOfFunds, p.Traction.ToList());

    public void CopyTo(Project p)
    {
        p.Title = Title;
        p.Summary = Summary;
        p.SeekingAmount = SeekingAmount;
        p.SeekingCurrency = SeekingCurrency;
        p.Instrument = Instrument;
        p.Stage = Stage;
        p.UseOfFunds = UseOfFunds;
        p.Traction = Traction.ToList();
    }

    /// <summary>Same values (records compare lists by reference, so the traction is compared item by item).</summary>
    public bool SameAs(ProjectRevision other) =>
        Title == other.Title && Summary == other.Summary && SeekingAmount == other.SeekingAmount
        && SeekingCurrency == other.SeekingCurrency && Instrument == other.Instrument && Stage == other.Stage
        && UseOfFunds == other.UseOfFunds && Traction.SequenceEqual(other.Traction);

    public static string Write(ProjectRevision revision) => JsonSerializer.Serialize(revision);

    public static ProjectRevision Read(string? payload) =>
        JsonSerializer.Deserialize<ProjectRevision>(payload ?? "{}") ?? throw new InvalidOperationException("Empty project revision.");
}
