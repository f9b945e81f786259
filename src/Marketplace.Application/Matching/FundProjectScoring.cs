using System.Runtime.CompilerServices;
using Marketplace.Application.Funds;

namespace Marketplace.Application.Matching;

/// <summary>The hard rules and the soft factors of fund ↔ project pairs, shared by the kernels and the explanations.</summary>
internal static class FundProjectScoring
{
    // Factor slots: the fund's wants, then the project's.
    public const int FundSector = 0, FundStage = 1, FundTicketSize = 2, FundCluster = 3, FundText = 4, FundFreshness = 5;
    public const int ProjectSectorFocus = 6, ProjectCluster = 7, ProjectCapacity = 8, ProjectText = 9;
    public const int Count = 10;
    public const int FirstProjectSlot = ProjectSectorFocus;

    public static readonly string[] Codes =
    [
        FactorCodes.Sector, FactorCodes.Stage, FactorCodes.TicketSize, FactorCodes.Cluster, FactorCodes.Text, FactorCodes.Freshness,
        FactorCodes.SectorFocus, FactorCodes.Cluster, FactorCodes.Capacity, FactorCodes.Text,
    ];

    public static double[] WeightsOf(MatchingWeights w) =>
    [
        w.FundSector, w.FundStage, w.FundTicketSize, w.FundCluster, w.FundText, w.FundFreshness,
        w.ProjectSectorFocus, w.ProjectCluster, w.ProjectCapacity, w.ProjectText,
    ];

    /// <summary>Every rule of <see cref="MandateFit"/> except the ticket (the caller checks the interval) and the stage (the buckets do, or <see cref="StageAdmits"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Admits(FundIndex funds, int f, ProjectIndex projects, int p)
    {
        var fundSectors = funds.Sectors[f];
        if (fundSectors.Length > 0 && ((funds.SectorMask[f] & projects.SectorMask[p]) == 0 || !Sets.Intersects(fundSectors, projects.Sectors[p])))
            return false;
        var cluster = projects.Cluster[p];
        var targets = funds.Targets[f];
        if (targets.Length > 0 && !Sets.Contains(targets, cluster)
            && !(funds.CountsRelocation[f] && Sets.Intersects(projects.Relocation[p], targets))
            && !funds.OpenToOther[f])
            return false;
        return funds.RegionRule[f] switch
        {
            0 => true,
            1 => Sets.Contains(funds.Regions[f], cluster),
            _ => Sets.Contains(funds.Regions[f], cluster) || funds.CountsRelocation[f] && Sets.Intersects(projects.Relocation[p], funds.Regions[f]),
        };
    }

    public static bool StageAdmits(FundIndex funds, int f, ProjectIndex projects, int p) =>
        funds.Stages[f].Length == 0 || Sets.Contains(funds.Stages[f], projects.Stage[p]);

    /// <summary>Every hard rule, for pairs that did not come through the buckets.</summary>
    public static bool AdmitsAll(FundIndex funds, int f, ProjectIndex projects, int p)
    {
        if (!funds.Valid[f] || !projects.Published[p] || !StageAdmits(funds, f, projects, p))
            return false;
        var (lo, hi) = funds.Ticket(f, projects.Currency[p]);
        return projects.Amount[p] >= lo && projects.Amount[p] <= hi && Admits(funds, f, projects, p);
    }

    /// <summary>The factor values in [0, 1] (text passed in: the kernels compute it their own way, in the same order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Values(FundIndex funds, int f, ProjectIndex projects, int p, double text, Span<double> v)
    {
        var fundSectors = funds.Sectors[f];
        var projectSectors = projects.Sectors[p];
        var shared = fundSectors.Length == 0 ? 0 : Sets.Overlap(fundSectors, projectSectors);
        v[FundSector] = fundSectors.Length == 0 ? 0.5 : projectSectors.Length == 0 ? 0 : shared / (double)projectSectors.Length;
        v[FundStage] = funds.Stages[f].Length == 0 ? 0.5 : 1;
        v[FundTicketSize] = TicketSize(funds, f, projects, p);
        var cluster = projects.Cluster[p];
        var targets = funds.Targets[f];
        var home = funds.Home[f] == cluster;
        v[FundCluster] = targets.Length == 0 ? home ? 1 : 0.5
            : Sets.Contains(targets, cluster) ? 1
            : funds.CountsRelocation[f] && Sets.Intersects(projects.Relocation[p], targets) ? 0.8
            : 0.3;
        v[FundText] = text;
        v[FundFreshness] = projects.Freshness[p];
        v[ProjectSectorFocus] = fundSectors.Length == 0 ? 0.3 : shared / (double)fundSectors.Length;
        v[ProjectCluster] = home ? 1
            : Sets.Contains(targets, cluster) ? 0.8
            : Sets.Intersects(projects.Relocation[p], targets) || funds.Home[f] >= 0 && Sets.Contains(projects.Relocation[p], funds.Home[f]) ? 0.6
            : 0.3;
        v[ProjectCapacity] = funds.Capacity[f];
        v[ProjectText] = text;
    }

    /// <summary>
    /// Where the amount sits in the ticket range, on a log scale (ranges span orders of magnitude):
    /// 1 in the middle, 0.5 at either bound; 0.75 with one bound only, 0.5 with no range.
    /// </summary>
    private static double TicketSize(FundIndex funds, int f, ProjectIndex projects, int p)
    {
        var min = funds.LogTicketMin[f];
        var max = funds.LogTicketMax[f];
        if (double.IsNaN(min) && double.IsNaN(max))
            return 0.5;
        if (double.IsNaN(min) || double.IsNaN(max))
            return 0.75;
        if (max <= min)
            return 1;
        var amount = projects.Currency[p] == funds.TicketCurrency[f]
            ? projects.LogAmount[p]
            : projects.LogAmountInReference[p] + funds.LogTicketRate[f];
        if (double.IsNaN(amount))
            return 0.75;
        var t = Math.Clamp((amount - min) / (max - min), 0, 1);
        return 1 - 0.5 * Math.Abs(2 * t - 1);
    }

    /// <summary>The reciprocal score of factor values (without feedback), and each side's multiplier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Score, double FundShare, double ProjectShare) Combine(ReadOnlySpan<double> v, double[] w, double fundWeight, double projectWeight)
    {
        double a = 0, b = 0;
        for (var i = 0; i < FirstProjectSlot; i++)
            a += w[i] * v[i];
        for (var i = FirstProjectSlot; i < Count; i++)
            b += w[i] * v[i];
        a = fundWeight > 0 ? a / fundWeight : 0;
        b = projectWeight > 0 ? b / projectWeight : 0;
        return Reciprocal.Combine(a, b, fundWeight > 0, projectWeight > 0);
    }
}
