using Marketplace.Domain.Common;

namespace Marketplace.Domain.Funds;

/// <summary>
/// A fund (government guidance fund, VC, industry fund, corporate VC, angel), its team and its
/// mandate: what it invests in. The mandate lives on the fund row (one aggregate, one version),
/// and every rule of it is optional.
/// </summary>
public sealed class Fund : AuditedEntity
{
    private Fund() { }

    public Fund(LocalizedText name, string type)
    {
        Name = name;
        Type = type;
    }

    public LocalizedText Name { get; set; } = LocalizedText.Empty;
    public LocalizedText Description { get; set; } = LocalizedText.Empty;
    /// <summary>guidance, venture-capital, industry, corporate-vc or angel.</summary>
    public string Type { get; set; } = null!;
    /// <summary>Home cluster.</summary>
    public Guid? ClusterId { get; set; }
    public string? Website { get; set; }
    /// <summary>Optional fund size (the commitment a guidance fund's reinvestment ratio multiplies).</summary>
    public long? SizeAmount { get; set; }
    public string? SizeCurrency { get; set; }
    /// <summary>Set by administrators after checking the fund (a badge).</summary>
    public bool IsVerified { get; set; }
    public string? ImportKey { get; set; }

    // The mandate.
    public List<string> MandateSectors { get; set; } = [];
    public List<string> MandateStages { get; set; } = [];
    public long? TicketMin { get; set; }
    public long? TicketMax { get; set; }
    public string? TicketCurrency { get; set; }
    /// <summary>Cluster keys the fund targets; empty means any cluster.</summary>
    public List<string> TargetClusterKeys { get; set; } = [];
    public bool OpenToOtherClusters { get; set; } = true;
    /// <summary>Closed funds take no applications and get no recommendations.</summary>
    public bool OpenToNewDeals { get; set; } = true;
    /// <summary>Applications the team can answer per week; null means no limit.</summary>
    public int? WeeklyCapacity { get; set; }
    /// <summary>Guidance funds only: registered-in-region, reinvestment or none (null = none).</summary>
    public string? GuidanceRule { get; set; }
    /// <summary>Cluster keys that count as the fund's region.</summary>
    public List<string> GuidanceRegions { get; set; } = [];
    /// <summary>For the reinvestment rule: the multiple (≥ 1) of the fund's money that must be invested in the region.</summary>
    public decimal? ReinvestmentRatio { get; set; }
    /// <summary>For the reinvestment rule: a company committed to relocate into the region counts as in the region.</summary>
    public bool AcceptsRelocation { get; set; }
}

public static class FundRoles
{
    public const string Partner = "partner";
    public const string Analyst = "analyst";
    public static readonly IReadOnlyList<string> All = [Partner, Analyst];
}

public sealed class FundMember
{
    public Guid FundId { get; set; }
    public Guid UserId { get; set; }
    public string Role { get; set; } = FundRoles.Partner;
    public DateTime JoinedAt { get; set; }
}

/// <summary>A fund member's invitation of another fund manager, by e-mail (as startups invite co-founders).</summary>
public sealed class FundInvitation : AuditedEntity, IInvitation
{
    public Guid FundId { get; set; }
    public string Email { get; set; } = null!;
    public string Role { get; set; } = FundRoles.Analyst;
    /// <summary>SHA-256 of the token in the e-mailed link; the token itself is never stored.</summary>
    public string TokenHash { get; set; } = null!;
    public Guid InvitedById { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public Guid? AcceptedById { get; set; }
    public DateTime? RevokedAt { get; set; }
}
