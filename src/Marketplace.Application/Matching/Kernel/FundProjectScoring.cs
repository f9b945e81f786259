using System.Numerics;
using System.Runtime.CompilerServices;
using Marketplace.Application.Funds;

namespace Marketplace.Application.Matching.Kernel;

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
        var exact = funds.Exact[f] & projects.Exact[p];
        if (funds.Sectors[f].Length > 0 && SharedSectors(funds, f, projects, p, exact) == 0)
            return false;
        var cluster = projects.Cluster[p];
        if (funds.Targets[f].Length > 0 && !InTargets(funds, f, cluster, exact)
            && !(funds.CountsRelocation[f] && RelocatesToTarget(funds, f, projects, p, exact))
            && !funds.OpenToOther[f])
            return false;
        return funds.RegionRule[f] switch
        {
            0 => true,
            1 => InRegions(funds, f, cluster, exact),
            _ => InRegions(funds, f, cluster, exact) || funds.CountsRelocation[f] && RelocatesToRegion(funds, f, projects, p, exact),
        };
    }

    // Set tests on bit masks when both sides' masks are exact (always, unless a market has more than
    // 64 sectors or clusters), else on the sorted id lists.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SharedSectors(FundIndex funds, int f, ProjectIndex projects, int p, int exact) =>
        (exact & Masks.SectorsExact) != 0
            ? BitOperations.PopCount(funds.SectorMask[f] & projects.SectorMask[p])
            : Sets.Overlap(funds.Sectors[f], projects.Sectors[p]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InTargets(FundIndex funds, int f, int cluster, int exact) =>
        (exact & Masks.ClustersExact) != 0 ? (funds.TargetMask[f] & Masks.Bit(cluster)) != 0 : Sets.Contains(funds.Targets[f], cluster);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InRegions(FundIndex funds, int f, int cluster, int exact) =>
        (exact & Masks.ClustersExact) != 0 ? (funds.RegionMask[f] & Masks.Bit(cluster)) != 0 : Sets.Contains(funds.Regions[f], cluster);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool RelocatesToTarget(FundIndex funds, int f, ProjectIndex projects, int p, int exact) =>
        (exact & Masks.ClustersExact) != 0 ? (funds.TargetMask[f] & projects.RelocationMask[p]) != 0 : Sets.Intersects(projects.Relocation[p], funds.Targets[f]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool RelocatesToRegion(FundIndex funds, int f, ProjectIndex projects, int p, int exact) =>
        (exact & Masks.ClustersExact) != 0 ? (funds.RegionMask[f] & projects.RelocationMask[p]) != 0 : Sets.Intersects(projects.Relocation[p], funds.Regions[f]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool RelocatesToHome(FundIndex funds, int f, ProjectIndex projects, int p, int exact) =>
        funds.Home[f] >= 0 && ((exact & Masks.ClustersExact) != 0
            ? (projects.RelocationMask[p] & Masks.Bit(funds.Home[f])) != 0
            : Sets.Contains(projects.Relocation[p], funds.Home[f]));

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
        var exact = funds.Exact[f] & projects.Exact[p];
        var fundSectorCount = funds.Sectors[f].Length;
        var projectSectorCount = projects.Sectors[p].Length;
        var shared = fundSectorCount == 0 ? 0 : SharedSectors(funds, f, projects, p, exact);
        v[FundSector] = fundSectorCount == 0 ? 0.5 : projectSectorCount == 0 ? 0 : shared / (double)projectSectorCount;
        v[FundStage] = funds.Stages[f].Length == 0 ? 0.5 : 1;
        v[FundTicketSize] = TicketSize(funds, f, projects, p);
        var cluster = projects.Cluster[p];
        var hasTargets = funds.Targets[f].Length > 0;
        var inTargets = hasTargets && InTargets(funds, f, cluster, exact);
        var relocatesToTarget = hasTargets && RelocatesToTarget(funds, f, projects, p, exact);
        var home = funds.Home[f] == cluster;
        v[FundCluster] = !hasTargets ? home ? 1 : 0.5
            : inTargets ? 1
            : funds.CountsRelocation[f] && relocatesToTarget ? 0.8
            : 0.3;
        v[FundText] = text;
        v[FundFreshness] = projects.Freshness[p];
        v[ProjectSectorFocus] = fundSectorCount == 0 ? 0.3 : shared / (double)fundSectorCount;
        v[ProjectCluster] = home ? 1
            : inTargets ? 0.8
            : relocatesToTarget || RelocatesToHome(funds, f, projects, p, exact) ? 0.6
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
    public static (double Score, double FundShare, double ProjectShare) Combine(ReadOnlySpan<double> v, double[] w, double fundWeight, double projectWeight) =>
        Reciprocal.Of(v, w, FirstProjectSlot, fundWeight, projectWeight);
}
