using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// Funds as columns with their mandates pre-digested: admissible stages, the ticket range as an exact
/// interval of whole amounts per project currency (the same cross-multiplied comparison as
/// <see cref="MandateFit"/>), cluster and region rules as code ids; funds open to deals listed by stage.
/// </summary>
public sealed class FundIndex
{
    private readonly Dictionary<Guid, int> positions;
    private readonly long[] lo;
    private readonly long[] hi;
    private readonly int currencyCount;

    internal FundIndex(FundProjectMarket market, IReadOnlyList<FundCandidate> funds, int[][] tokens)
    {
        Market = market;
        Candidates = funds;
        var n = funds.Count;
        positions = new Dictionary<Guid, int>(n);
        // Ticket currencies first, so every fund's interval table covers them.
        foreach (var f in funds)
            if (!string.IsNullOrEmpty(f.Mandate.TicketCurrency))
                market.Currencies.Id(f.Mandate.TicketCurrency);
        currencyCount = market.Currencies.Count;
        lo = new long[n * currencyCount];
        hi = new long[n * currencyCount];
        Valid = new bool[n];
        Stages = new int[n][];
        Sectors = new int[n][];
        SectorMask = new ulong[n];
        TargetMask = new ulong[n];
        RegionMask = new ulong[n];
        Exact = new byte[n];
        Targets = new int[n][];
        OpenToOther = new bool[n];
        CountsRelocation = new bool[n];
        RegionRule = new byte[n];
        Regions = new int[n][];
        Home = new int[n];
        Capacity = new double[n];
        TicketCurrency = new int[n];
        LogTicketMin = new double[n];
        LogTicketMax = new double[n];
        LogTicketRate = new double[n];
        Tags = new int[n][];
        RangeArgs = new RangeArg?[n];
        MandateSectorsArg = new NumberArg?[n];
        CapacityArgs = new IReadOnlyList<FitArg>?[n];
        for (var i = 0; i < n; i++)
        {
            var f = funds[i];
            var m = f.Mandate;
            positions.TryAdd(f.Id, i);
            RegionRule[i] = m.GuidanceRule switch
            {
                GuidanceRuleCodes.RegisteredInRegion => 1,
                GuidanceRuleCodes.Reinvestment => 2,
                null or GuidanceRuleCodes.None => 0,
                _ => byte.MaxValue,
            };
            // A rule MandateFit does not know refuses every project there (it throws): never recommend on a guess.
            Valid[i] = m.OpenToNewDeals && RegionRule[i] != byte.MaxValue;
            Stages[i] = market.Stages.Ids(m.Stages);
            Sectors[i] = market.Sectors.Ids(m.Sectors);
            (SectorMask[i], var sectorsExact) = Masks.Of64(Sectors[i]);
            Targets[i] = market.Clusters.Ids(m.TargetClusterKeys);
            OpenToOther[i] = m.OpenToOtherClusters;
            CountsRelocation[i] = m.GuidanceRule == GuidanceRuleCodes.Reinvestment && m.AcceptsRelocation;
            Regions[i] = market.Clusters.Ids(m.GuidanceRegions);
            Home[i] = f.HomeClusterKey is null ? -1 : market.Clusters.Id(f.HomeClusterKey);
            (TargetMask[i], var targetsExact) = Masks.Of64(Targets[i]);
            (RegionMask[i], var regionsExact) = Masks.Of64(Regions[i]);
            Exact[i] = (byte)((sectorsExact ? Masks.SectorsExact : 0) | (targetsExact && regionsExact && Home[i] < 64 ? Masks.ClustersExact : 0));
            Capacity[i] = f.WeeklyCapacity is > 0 and var cap ? 1 - Math.Min(1, Math.Max(0, f.InboxThisWeek) / (double)cap) : 1;
            var hasRange = (m.TicketMin is not null || m.TicketMax is not null) && !string.IsNullOrEmpty(m.TicketCurrency);
            TicketCurrency[i] = hasRange ? market.Currencies.Id(m.TicketCurrency!) : -1;
            LogTicketMin[i] = hasRange && m.TicketMin is { } min ? Math.Log(Math.Max(1, min)) : double.NaN;
            LogTicketMax[i] = hasRange && m.TicketMax is { } max ? Math.Log(Math.Max(1, max)) : double.NaN;
            LogTicketRate[i] = hasRange && market.Rates.UnitsPerReference(m.TicketCurrency!) is > 0 and var tr ? Math.Log((double)tr) : double.NaN;
            for (var c = 0; c < currencyCount; c++)
                (lo[i * currencyCount + c], hi[i * currencyCount + c]) = Interval(m, market.Currencies.Code(c), market.Rates);
            Tags[i] = Sets.Tags(Sectors[i], Stages[i]);
        }
        Text = market.Text.Vectorize(tokens);
        var open = Enumerable.Range(0, n).Where(i => Valid[i]).ToList();
        AnyStage = [.. open.Where(i => Stages[i].Length == 0)];
        ByStage = open.SelectMany(i => Stages[i].Select(s => (Stage: s, Fund: i)))
            .GroupBy(x => x.Stage).ToDictionary(g => g.Key, g => g.Select(x => x.Fund).Order().ToArray());
    }

    public int Count => Candidates.Count;
    public IReadOnlyList<FundCandidate> Candidates { get; }

    /// <summary>The position of a fund in this index, or -1.</summary>
    public int IndexOf(Guid id) => positions.GetValueOrDefault(id, -1) is var i && i >= 0 && Candidates[i].Id == id ? i : -1;

    internal FundProjectMarket Market { get; }
    internal bool[] Valid { get; }
    internal int[][] Stages { get; }
    internal int[][] Sectors { get; }
    internal ulong[] SectorMask { get; }
    internal int[][] Targets { get; }
    /// <summary>Bit masks of the sets, and which of them are exact (<see cref="Masks"/>); clusters exact means targets, regions and home.</summary>
    internal ulong[] TargetMask { get; }
    internal ulong[] RegionMask { get; }
    internal byte[] Exact { get; }
    internal bool[] OpenToOther { get; }
    internal bool[] CountsRelocation { get; }
    internal byte[] RegionRule { get; }
    internal int[][] Regions { get; }
    internal int[] Home { get; }
    internal double[] Capacity { get; }
    internal int[] TicketCurrency { get; }
    internal double[] LogTicketMin { get; }
    internal double[] LogTicketMax { get; }
    internal double[] LogTicketRate { get; }
    internal int[][] Tags { get; }
    internal SparseVectors Text { get; }
    internal int[] AnyStage { get; }
    internal Dictionary<int, int[]> ByStage { get; }
    // Explanation arguments of each fund, made when it is first explained (see ExplanationCache).
    internal RangeArg?[] RangeArgs { get; }
    internal NumberArg?[] MandateSectorsArg { get; }
    internal IReadOnlyList<FitArg>?[] CapacityArgs { get; }

    /// <summary>The whole amounts in the currency with id <paramref name="currency"/> that the fund's ticket rule admits (lo &gt; hi: none).</summary>
    internal (long Lo, long Hi) Ticket(int fund, int currency) =>
        currency < currencyCount
            ? (lo[fund * currencyCount + currency], hi[fund * currencyCount + currency])
            : Interval(Candidates[fund].Mandate, Market.Currencies.Code(currency), Market.Rates);

    /// <summary>
    /// MandateFit's ticket rule as an interval: amount·to ≥ min·from and amount·to ≤ max·from, solved
    /// for whole amounts and checked by the same exact decimal products at its ends.
    /// </summary>
    internal static (long Lo, long Hi) Interval(MandateSnapshot m, string currency, CurrencyTable rates)
    {
        if (m.TicketMin is null && m.TicketMax is null || string.IsNullOrEmpty(m.TicketCurrency))
            return (long.MinValue, long.MaxValue);
        if (currency == m.TicketCurrency)
            return (m.TicketMin ?? long.MinValue, m.TicketMax ?? long.MaxValue);
        if (rates.UnitsPerReference(currency) is not > 0 || rates.UnitsPerReference(m.TicketCurrency) is not > 0)
            return (1, 0);
        var from = rates.UnitsPerReference(currency)!.Value;
        var to = rates.UnitsPerReference(m.TicketCurrency)!.Value;
        var low = long.MinValue;
        if (m.TicketMin is { } min)
        {
            var bound = min * from;
            var a = Clamp(decimal.Ceiling(bound / to));
            while (a > long.MinValue && (a - 1) * to >= bound)
                a--;
            while (a < long.MaxValue && a * to < bound)
                a++;
            low = a;
        }
        var high = long.MaxValue;
        if (m.TicketMax is { } max)
        {
            var bound = max * from;
            var a = Clamp(decimal.Floor(bound / to));
            while (a < long.MaxValue && (a + 1) * to <= bound)
                a++;
            while (a > long.MinValue && a * to > bound)
                a--;
            high = a;
        }
        return (low, high);
    }

    private static long Clamp(decimal value) => value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)value;
}
