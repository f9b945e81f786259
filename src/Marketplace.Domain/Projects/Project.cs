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

/// <summary>A structured traction figure: a metric code (see <see cref="TractionMetrics"/>) and a whole-number value.</summary>
public sealed record TractionMetric(string Metric, long Value);

public static class TractionMetrics
{
    public static readonly IReadOnlyList<string> All =
        ["customers", "paying-customers", "monthly-active-users", "annual-recurring-revenue", "revenue-growth-percent", "pilots", "patents", "employees"];

    public const int MaxPerProject = 8;
}

public static class ClosedReasons
{
    public const string Funded = "funded";
    public const string Withdrawn = "withdrawn";
    public static readonly IReadOnlyList<string> All = [Funded, Withdrawn];
}

/// <summary>The confidential part of a project: seen only by its owners, funds granted access, and administrators.</summary>
public sealed class ProjectConfidential : AuditedEntity
{
    private ProjectConfidential() { }

    /// <summary>Shares the project's id.</summary>
    public ProjectConfidential(Guid projectId) => Id = projectId;
    public long? PreMoneyValuationAmount { get; set; }
    public string? PreMoneyValuationCurrency { get; set; }
    public long? RevenueLast12MonthsAmount { get; set; }
    public string? RevenueLast12MonthsCurrency { get; set; }
    public long? MonthlyBurnAmount { get; set; }
    public string? MonthlyBurnCurrency { get; set; }
    public int? RunwayMonths { get; set; }
    public Guid? PitchDeckFileId { get; set; }
}

public enum AccessStatus
{
    Requested,
    Granted,
    Declined,
    Revoked,
}

/// <summary>A fund's access to a project's confidential part: asked by any manager of the fund, decided by the founders.</summary>
public sealed class ConfidentialAccess : AuditedEntity
{
    public Guid ProjectId { get; set; }
    public Guid FundId { get; set; }
    public AccessStatus Status { get; set; }
    public string? Message { get; set; }
    public Guid RequestedById { get; set; }
    public DateTime RequestedAt { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
}

/// <summary>
/// A signed-in reader's look at a project's public page on one day (UTC): the key is the row, so the same
/// reader reloading the page, or coming back later that day, is one view. Anonymous visitors are not kept.
/// </summary>
public sealed class ProjectView
{
    public Guid ProjectId { get; set; }
    public Guid ViewerId { get; set; }
    public DateOnly Day { get; set; }
}

/// <summary>One look at a confidential part (page or deck), kept so the founder sees who looked when.</summary>
public sealed class ConfidentialView
{
    public long Id { get; set; }
    public Guid ProjectId { get; set; }
    public Guid UserId { get; set; }
    /// <summary>The fund through which the viewer had access; null for owners and administrators.</summary>
    public Guid? FundId { get; set; }
    /// <summary>"details" or "deck".</summary>
    public string What { get; set; } = null!;
    public DateTime At { get; set; }
}
