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

    public LocalizedText Name { get; private set; } = LocalizedText.Empty;
    public LocalizedText Description { get; private set; } = LocalizedText.Empty;
    /// <summary>guidance, venture-capital, industry, corporate-vc or angel.</summary>
    public string Type { get; private set; } = null!;
    /// <summary>Home cluster.</summary>
    public Guid? ClusterId { get; private set; }
    public string? Website { get; private set; }
    /// <summary>Optional fund size (the commitment a guidance fund's reinvestment ratio multiplies).</summary>
    public long? SizeAmount { get; private set; }
    public string? SizeCurrency { get; private set; }
    /// <summary>Set by administrators after checking the fund (a badge).</summary>
    public bool IsVerified { get; private set; }
    public string? ImportKey { get; private set; }

    // The mandate (see Mandate): stored flat on the fund row, changed only through DefineMandate.
    public List<string> MandateSectors { get; private set; } = [];
    public List<string> MandateStages { get; private set; } = [];
    public long? TicketMin { get; private set; }
    public long? TicketMax { get; private set; }
    public string? TicketCurrency { get; private set; }
    /// <summary>Cluster keys the fund targets; empty means any cluster.</summary>
    public List<string> TargetClusterKeys { get; private set; } = [];
    public bool OpenToOtherClusters { get; private set; } = true;
    /// <summary>Closed funds take no applications and get no recommendations.</summary>
    public bool OpenToNewDeals { get; private set; } = true;
    /// <summary>Applications the team can answer per week; null means no limit.</summary>
    public int? WeeklyCapacity { get; private set; }
    /// <summary>Guidance funds only: registered-in-region, reinvestment or none (null: not a guidance fund, or never said).</summary>
    public string? GuidanceRule { get; private set; }
    /// <summary>Cluster keys that count as the fund's region.</summary>
    public List<string> GuidanceRegions { get; private set; } = [];
    /// <summary>For the reinvestment rule: the multiple (≥ 1) of the fund's money that must be invested in the region.</summary>
    public decimal? ReinvestmentRatio { get; private set; }
    /// <summary>For the reinvestment rule: a company committed to relocate into the region counts as in the region.</summary>
    public bool AcceptsRelocation { get; private set; }

    public bool IsGuidanceFund => Type == GuidanceRuleCodes.GuidanceFundType;

    /// <summary>The fund's profile, as its form or an import file gives it. A size needs its currency.</summary>
    public void Describe(LocalizedText name, LocalizedText description, string type, Guid? clusterId, string? website, Money? size)
    {
        DomainException.CheckRule(!name.IsEmpty, "Validation.OneLanguageRequired");
        DomainException.CheckRule(Codes.FundTypes.Contains(type), "Validation.UnknownCode");
        Name = name;
        Description = description;
        Type = type;
        ClusterId = clusterId;
        Website = website;
        SizeAmount = size?.Amount;
        SizeCurrency = size?.Currency;
    }

    /// <summary>
    /// Replaces the mandate. Only a guidance fund may have a region rule; its "none" is kept (the fund dropped its
    /// rules), while another fund has no rule at all. Lists are replaced only when they differ, so saving the same
    /// mandate again changes nothing.
    /// </summary>
    public void DefineMandate(Mandate mandate)
    {
        var rule = mandate.RegionRule;
        DomainException.CheckRule(IsGuidanceFund || !rule.IsRegional, "Validation.RegionRuleForGuidanceFunds");
        Replace(MandateSectors, mandate.Sectors, list => MandateSectors = list);
        Replace(MandateStages, mandate.Stages, list => MandateStages = list);
        TicketMin = mandate.Ticket?.Min;
        TicketMax = mandate.Ticket?.Max;
        TicketCurrency = mandate.Ticket?.Currency;
        Replace(TargetClusterKeys, mandate.TargetClusters, list => TargetClusterKeys = list);
        OpenToOtherClusters = mandate.OpenToOtherClusters;
        OpenToNewDeals = mandate.OpenToNewDeals;
        WeeklyCapacity = mandate.WeeklyCapacity;
        GuidanceRule = IsGuidanceFund ? rule.Code : null;
        Replace(GuidanceRegions, rule.Regions, list => GuidanceRegions = list);
        ReinvestmentRatio = rule.ReinvestmentRatio;
        AcceptsRelocation = rule.AcceptsRelocation;
    }

    /// <summary>The verified badge: administrators' decision.</summary>
    public void SetVerified(bool verified) => IsVerified = verified;

    /// <summary>The fund's key in import files (its external id).</summary>
    public void SetImportKey(string key) => ImportKey = key;

    // A new list with the same codes would still be written as a change.
    private static void Replace(List<string> current, IReadOnlyList<string> wanted, Action<List<string>> set)
    {
        if (!current.SequenceEqual(wanted))
            set([.. wanted]);
    }
}
