using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>Projects as columns, with buckets by (stage, currency) sorted by amount, so a fund reads only the slices its stages and ticket allow.</summary>
public sealed class ProjectIndex
{
    private readonly Dictionary<Guid, int> positions;

    internal ProjectIndex(FundProjectMarket market, IReadOnlyList<ProjectCandidate> projects, int[][] tokens)
    {
        Market = market;
        Candidates = projects;
        var n = projects.Count;
        positions = new Dictionary<Guid, int>(n);
        Stage = new int[n];
        Currency = new int[n];
        Amount = new long[n];
        LogAmount = new double[n];
        LogAmountInReference = new double[n];
        Sectors = new int[n][];
        SectorMask = new ulong[n];
        Cluster = new int[n];
        Relocation = new int[n][];
        RelocationMask = new ulong[n];
        Exact = new byte[n];
        Freshness = new double[n];
        DaysOld = new int[n];
        Published = new bool[n];
        Tags = new int[n][];
        MoneyArgs = new IReadOnlyList<FitArg>?[n];
        DaysArgs = new IReadOnlyList<FitArg>?[n];
        for (var i = 0; i < n; i++)
        {
            var p = projects[i];
            positions.TryAdd(p.Id, i);
            Stage[i] = market.Stages.Id(p.Stage);
            Currency[i] = market.Currencies.Id(p.Currency);
            Amount[i] = p.Amount;
            LogAmount[i] = Math.Log(Math.Max(1, p.Amount));
            LogAmountInReference[i] = market.Rates.UnitsPerReference(p.Currency) is > 0 and var rate ? LogAmount[i] - Math.Log((double)rate) : double.NaN;
            Sectors[i] = market.Sectors.Ids(p.Sectors);
            (SectorMask[i], var sectorsExact) = Masks.Of64(Sectors[i]);
            Cluster[i] = market.Clusters.Id(p.ClusterKey);
            Relocation[i] = market.Clusters.Ids(p.RelocationClusterKeys);
            (RelocationMask[i], var relocationExact) = Masks.Of64(Relocation[i]);
            relocationExact &= Cluster[i] < 64;
            Exact[i] = (byte)((sectorsExact ? Masks.SectorsExact : 0) | (relocationExact ? Masks.ClustersExact : 0));
            var at = p.UpdatedAt > p.PublishedAt ? p.UpdatedAt : p.PublishedAt;
            Freshness[i] = market.Freshness(at);
            DaysOld[i] = (int)Math.Max(0, Math.Floor((market.Now - at).TotalDays));
            Published[i] = p.State == ModerationState.Published;
            Tags[i] = Sets.Tags(Sectors[i], [Stage[i]]);
        }
        Text = market.Text.Vectorize(tokens);
        Buckets = Enumerable.Range(0, n).Where(i => Published[i])
            .GroupBy(i => (Stage[i], Currency[i]))
            .ToDictionary(g => g.Key, g =>
            {
                var members = g.OrderBy(i => Amount[i]).ThenBy(i => i).ToArray();
                return new Bucket([.. members.Select(i => Amount[i])], members);
            });
        CurrenciesByStage = Buckets.Keys.GroupBy(k => k.Stage).ToDictionary(g => g.Key, g => g.Select(k => k.Currency).Order().ToArray());
    }

    public int Count => Candidates.Count;
    public IReadOnlyList<ProjectCandidate> Candidates { get; }

    /// <summary>The position of a project in this index, or -1.</summary>
    public int IndexOf(Guid id) => positions.GetValueOrDefault(id, -1) is var i && i >= 0 && Candidates[i].Id == id ? i : -1;

    internal FundProjectMarket Market { get; }
    internal int[] Stage { get; }
    internal int[] Currency { get; }
    internal long[] Amount { get; }
    internal double[] LogAmount { get; }
    internal double[] LogAmountInReference { get; }
    internal int[][] Sectors { get; }
    internal ulong[] SectorMask { get; }
    internal int[] Cluster { get; }
    internal int[][] Relocation { get; }
    /// <summary>Bit masks of the sets above, and which of them are exact (<see cref="Masks"/>); clusters exact means the project's cluster too.</summary>
    internal ulong[] RelocationMask { get; }
    internal byte[] Exact { get; }
    internal double[] Freshness { get; }
    internal int[] DaysOld { get; }
    internal bool[] Published { get; }
    internal int[][] Tags { get; }
    internal SparseVectors Text { get; }
    internal Dictionary<(int Stage, int Currency), Bucket> Buckets { get; }
    internal Dictionary<int, int[]> CurrenciesByStage { get; }
    // Explanation arguments of each project, made when it is first explained (see ExplanationCache).
    internal IReadOnlyList<FitArg>?[] MoneyArgs { get; }
    internal IReadOnlyList<FitArg>?[] DaysArgs { get; }

    internal sealed record Bucket(long[] Amounts, int[] Members);
}
