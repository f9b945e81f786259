using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Domain.Projects;

/// <summary>
/// A startup's fundraising listing: the public part lives here, the confidential part in
/// <see cref="ProjectConfidential"/> (a table of its own, so no public query can reach it by accident).
/// </summary>
public sealed class Project : Listing
{
    public const string ContentType = "project";

    private Project() { }

    public Project(Guid startupId, LocalizedText title, long seekingAmount, string seekingCurrency, string instrument, string stage)
    {
        StartupId = startupId;
        Title = title;
        SeekingAmount = seekingAmount;
        SeekingCurrency = seekingCurrency;
        Instrument = instrument;
        Stage = stage;
        State = ModerationState.Draft;
    }

    public Guid StartupId { get; set; }
    public LocalizedText Summary { get; set; } = LocalizedText.Empty;
    /// <summary>Amount sought in whole units of <see cref="SeekingCurrency"/>.</summary>
    public long SeekingAmount { get; set; }
    public string SeekingCurrency { get; set; } = null!;
    public string Instrument { get; set; } = null!;
    public string Stage { get; set; } = null!;
    public LocalizedText UseOfFunds { get; set; } = LocalizedText.Empty;
    public List<TractionMetric> Traction { get; set; } = [];
    /// <summary>
    /// Views of the public listing, at most one per signed-in reader and day, never the owners' own
    /// (see <see cref="ProjectView"/>; not audited: a counter, not content).
    /// </summary>
    public int ViewCount { get; set; }
    public string? ImportKey { get; set; }

    protected override string ListingType => ContentType;
}
