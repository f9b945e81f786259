using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Funds;

/// <summary>
/// Whether a project fits a fund's mandate, and why or why not, rule by rule. Pure: no database,
/// no clock, no culture; the same answer for applications (where every failed rule refuses),
/// the founder's "does my project fit?" page and recommendations.
///
/// Semantics:
/// <list type="bullet">
/// <item>Project: only a published project can be taken (a draft, one in review or refused, or a closed one fails).</item>
/// <item>Open to new deals: a closed fund fits nothing.</item>
/// <item>Stage: the project's stage is one of the mandate's; none listed means any.</item>
/// <item>Ticket: the amount sought, converted into the ticket currency with the administrators' reference
/// rates, lies within [min, max] (bounds included; either bound optional). A currency without a rate
/// fails with its own reason rather than guessing. Compared without division, so an amount exactly
/// at a bound after conversion is inside.</item>
/// <item>Sector: passes when any of the startup's sectors is in the mandate; none listed means any.</item>
/// <item>Cluster: none listed means any. A startup outside the targeted clusters passes when it is
/// committed to relocate to one of them and the fund counts relocation (reinvestment rule with
/// relocation accepted), else when the fund is open to other clusters, else fails.</item>
/// <item>Region (guidance funds): <c>registered-in-region</c> needs the startup's cluster in the regions
/// (a relocation commitment does not count); <c>reinvestment</c> passes in the region, or by relocation
/// into it when the fund accepts that. The ratio is the fund's portfolio target (the ledger's business),
/// not a condition on one deal. <c>none</c> or no rule: no region condition.</item>
/// </list>
/// </summary>
public static class MandateFit
{
    public static FitResult Evaluate(MandateSnapshot mandate, DealSnapshot deal, CurrencyTable rates) => new(
    [
        Project(deal),
        OpenToNewDeals(mandate),
        Stage(mandate, deal),
        Ticket(mandate, deal, rates),
        Sector(mandate, deal),
        Cluster(mandate, deal),
        Region(mandate, deal),
    ]);

    private static RuleOutcome Project(DealSnapshot deal) => deal.State switch
    {
        ModerationState.Published => Pass(FitRules.Project, FitReasons.ProjectPublished),
        ModerationState.Closed => Fail(FitRules.Project, FitReasons.ProjectClosed),
        _ => Fail(FitRules.Project, FitReasons.ProjectNotPublished),
    };

    private static RuleOutcome OpenToNewDeals(MandateSnapshot mandate) =>
        mandate.OpenToNewDeals ? Pass(FitRules.OpenToNewDeals, FitReasons.FundOpen) : Fail(FitRules.OpenToNewDeals, FitReasons.FundClosed);

    private static RuleOutcome Stage(MandateSnapshot mandate, DealSnapshot deal)
    {
        if (mandate.Stages.Count == 0)
            return Pass(FitRules.Stage, FitReasons.AnyStage);
        var stage = new CodesArg(FitCodeKind.Stage, deal.Stage);
        return mandate.Stages.Contains(deal.Stage)
            ? Pass(FitRules.Stage, FitReasons.StageInMandate, stage)
            : Fail(FitRules.Stage, FitReasons.StageNotInMandate, stage, new CodesArg(FitCodeKind.Stage, InOrder(mandate.Stages, Codes.Stages)));
    }

    private static RuleOutcome Ticket(MandateSnapshot mandate, DealSnapshot deal, CurrencyTable rates)
    {
        if (mandate.TicketMin is null && mandate.TicketMax is null || string.IsNullOrEmpty(mandate.TicketCurrency))
            return Pass(FitRules.Ticket, FitReasons.NoTicketRange);
        var ticketCurrency = mandate.TicketCurrency;
        var range = new RangeArg(mandate.TicketMin, mandate.TicketMax, ticketCurrency);

        // amount / from × to compared with a bound is amount × to compared with bound × from:
        // exact in decimal, where the division could round an amount at a bound to just below it.
        decimal from = 1, to = 1;
        if (deal.Currency != ticketCurrency)
        {
            var missing = rates.UnitsPerReference(deal.Currency) is not > 0 ? deal.Currency
                : rates.UnitsPerReference(ticketCurrency) is not > 0 ? ticketCurrency
                : null;
            if (missing is not null)
                return Fail(FitRules.Ticket, FitReasons.CurrencyWithoutRate, new CodesArg(FitCodeKind.Currency, missing), range);
            from = rates.UnitsPerReference(deal.Currency)!.Value;
            to = rates.UnitsPerReference(ticketCurrency)!.Value;
        }
        var scaled = deal.Amount * to;
        SoughtArg Sought(MidpointRounding rounding) => deal.Currency == ticketCurrency
            ? new SoughtArg(deal.Amount, deal.Currency, null, null)
            : new SoughtArg(deal.Amount, deal.Currency, (long)Math.Round(Math.Round(scaled / from, 6), rounding), ticketCurrency);

        // The converted amount shown is rounded away from the bound it missed, so "about USD 5,000,000"
        // never sits beside "below the minimum of USD 5,000,000".
        if (mandate.TicketMin is { } min && scaled < min * from)
            return Fail(FitRules.Ticket, FitReasons.TicketBelowMinimum, Sought(MidpointRounding.ToNegativeInfinity), new MoneyArg(min, ticketCurrency));
        if (mandate.TicketMax is { } max && scaled > max * from)
            return Fail(FitRules.Ticket, FitReasons.TicketAboveMaximum, Sought(MidpointRounding.ToPositiveInfinity), new MoneyArg(max, ticketCurrency));
        return Pass(FitRules.Ticket, FitReasons.TicketInRange, Sought(MidpointRounding.AwayFromZero), range);
    }

    private static RuleOutcome Sector(MandateSnapshot mandate, DealSnapshot deal)
    {
        if (mandate.Sectors.Count == 0)
            return Pass(FitRules.Sector, FitReasons.AnySector);
        var matching = InBoth(deal.Sectors, mandate.Sectors);
        return matching.Length > 0
            ? Pass(FitRules.Sector, FitReasons.SectorInMandate, new CodesArg(FitCodeKind.Sector, matching))
            : Fail(FitRules.Sector, FitReasons.SectorNotInMandate,
                new CodesArg(FitCodeKind.Sector, deal.Sectors.ToList()), new CodesArg(FitCodeKind.Sector, mandate.Sectors.ToList()));
    }

    private static RuleOutcome Cluster(MandateSnapshot mandate, DealSnapshot deal)
    {
        var cluster = new CodesArg(FitCodeKind.Cluster, deal.ClusterKey);
        if (mandate.TargetClusterKeys.Count == 0)
            return Pass(FitRules.Cluster, FitReasons.AnyCluster, cluster);
        if (mandate.TargetClusterKeys.Contains(deal.ClusterKey))
            return Pass(FitRules.Cluster, FitReasons.ClusterTargeted, cluster);
        var relocatingTo = InBoth(deal.RelocationClusterKeys, mandate.TargetClusterKeys);
        if (CountsRelocation(mandate) && relocatingTo.Length > 0)
            return Pass(FitRules.Cluster, FitReasons.RelocatingToTargetCluster, cluster, new CodesArg(FitCodeKind.Cluster, relocatingTo));
        return mandate.OpenToOtherClusters
            ? Pass(FitRules.Cluster, FitReasons.OtherClusterAccepted, cluster)
            : Fail(FitRules.Cluster, FitReasons.ClusterNotTargeted, cluster, new CodesArg(FitCodeKind.Cluster, mandate.TargetClusterKeys.ToList()));
    }

    private static RuleOutcome Region(MandateSnapshot mandate, DealSnapshot deal)
    {
        if (!GuidanceRuleCodes.IsRegional(mandate.GuidanceRule))
        {
            if (mandate.GuidanceRule is not (null or GuidanceRuleCodes.None))
                throw new ArgumentException($"Unknown guidance rule '{mandate.GuidanceRule}'.", nameof(mandate));
            return Pass(FitRules.GuidanceRegion, FitReasons.NoRegionRule);
        }
        var cluster = new CodesArg(FitCodeKind.Cluster, deal.ClusterKey);
        if (mandate.GuidanceRegions.Contains(deal.ClusterKey))
            return Pass(FitRules.GuidanceRegion, FitReasons.InRegion, cluster);
        var regions = new CodesArg(FitCodeKind.Cluster, [.. mandate.GuidanceRegions]);
        var relocatingTo = InBoth(deal.RelocationClusterKeys, mandate.GuidanceRegions);
        if (relocatingTo.Length == 0)
            return Fail(FitRules.GuidanceRegion, FitReasons.OutsideGuidanceRegion, cluster, regions);
        var relocation = new CodesArg(FitCodeKind.Cluster, relocatingTo);
        return CountsRelocation(mandate)
            ? Pass(FitRules.GuidanceRegion, FitReasons.MeetsReinvestmentByRelocation, relocation)
            : Fail(FitRules.GuidanceRegion, FitReasons.RelocationNotAccepted, relocation, regions);
    }

    /// <summary>Only the reinvestment rule counts a commitment to relocate, and only when the fund says so.</summary>
    private static bool CountsRelocation(MandateSnapshot mandate) =>
        mandate.GuidanceRule == GuidanceRuleCodes.Reinvestment && mandate.AcceptsRelocation;

    /// <summary>
    /// The codes of <paramref name="mine"/> that <paramref name="theirs"/> has too, in mine's order, once
    /// each. Without LINQ: recommendations ask this for every pair they explain, and the lists are a
    /// handful of codes.
    /// </summary>
    private static string[] InBoth(IReadOnlyCollection<string> mine, IReadOnlyCollection<string> theirs)
    {
        if (mine.Count == 0 || theirs.Count == 0)
            return [];
        string[]? found = null;
        var count = 0;
        foreach (var code in mine)
        {
            if (!Contains(theirs, code) || found is not null && Array.IndexOf(found, code, 0, count) >= 0)
                continue;
            found ??= new string[mine.Count];
            found[count++] = code;
        }
        if (found is null)
            return [];
        if (count < found.Length)
            Array.Resize(ref found, count);
        return found;
    }

    private static bool Contains(IReadOnlyCollection<string> codes, string code)
    {
        if (codes is ICollection<string> collection)
            return collection.Contains(code);
        foreach (var c in codes)
            if (c == code)
                return true;
        return false;
    }

    /// <summary>The codes in the product's order (idea before seed), any others after them.</summary>
    private static List<string> InOrder(IReadOnlyCollection<string> codes, IReadOnlyList<string> order) =>
        [.. order.Where(codes.Contains), .. codes.Where(c => !order.Contains(c)).Order(StringComparer.Ordinal)];

    private static RuleOutcome Pass(string rule, string reason, params FitArg[] args) => new(rule, true, reason, args);

    private static RuleOutcome Fail(string rule, string reason, params FitArg[] args) => new(rule, false, reason, args);
}
