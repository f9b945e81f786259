namespace Marketplace.Application.Matching.Kernel;

/// <summary>Positions as columns; open ones bucketed by (type, research area).</summary>
public sealed class PositionIndex
{
    internal const int NoArea = -1;

    private readonly Dictionary<Guid, int> positions;

    internal PositionIndex(TalentMarket market, IReadOnlyList<PositionCandidate> list, int[][] tokens)
    {
        Market = market;
        Candidates = list;
        var n = list.Count;
        positions = new Dictionary<Guid, int>(n);
        Open = new bool[n];
        Type = new int[n];
        Areas = new int[n][];
        Skills = new int[n][];
        MinDegree = new int[n];
        MinYears = new int[n];
        Cluster = new int[n];
        Remote = new bool[n];
        PosterVerified = new bool[n];
        Freshness = new double[n];
        DaysOld = new int[n];
        Tags = new int[n][];
        Keys = new PositionKey[n];
        ClusterArgs = new IReadOnlyList<FitArg>?[n];
        DaysArgs = new IReadOnlyList<FitArg>?[n];
        RuleLists = new RuleOutcome[]?[n][];
        for (var i = 0; i < n; i++)
        {
            var p = list[i];
            positions.TryAdd(p.Id, i);
            Open[i] = p.Open && (p.Deadline is null || p.Deadline.Value >= market.Today);
            Type[i] = market.Types.Id(p.Type);
            Areas[i] = market.Areas.Ids(p.ResearchAreas);
            Skills[i] = market.Skills.Ids(p.Skills);
            MinDegree[i] = TalentMarket.DegreeRank(p.MinDegree);
            MinYears[i] = p.MinYearsExperience ?? 0;
            Cluster[i] = p.ClusterKey is null ? -1 : market.Clusters.Id(p.ClusterKey);
            Remote[i] = p.Remote;
            PosterVerified[i] = p.PosterVerified;
            var days = Math.Max(0, (market.Now - p.PublishedAt).TotalDays);
            Freshness[i] = Math.Pow(0.5, days / market.Weights.FreshnessHalfLifeDays);
            DaysOld[i] = (int)Math.Floor(days);
            Tags[i] = Sets.Tags(Areas[i], Skills[i]);
            var (areaMask, areasExact) = Masks.Of64(Areas[i]);
            var (skillMask, skillsExact) = Masks.Of128(Skills[i]);
            Keys[i] = new PositionKey
            {
                AreaMask = areaMask, SkillLow = skillMask.Low, SkillHigh = skillMask.High, Freshness = Freshness[i],
                AreaCount = Areas[i].Length, SkillCount = Skills[i].Length, MinDegree = MinDegree[i], MinYears = MinYears[i], Cluster = Cluster[i],
                MaskExact = (byte)((areasExact ? Masks.AreasExact : 0) | (skillsExact ? Masks.SkillsExact : 0)),
                Remote = Remote[i],
            };
        }
        Text = market.Text.Vectorize(tokens);
        Buckets = Enumerable.Range(0, n).Where(i => Open[i])
            .SelectMany(i => (Areas[i].Length == 0 ? [NoArea] : Areas[i]).Select(a => (Key: (Type[i], a), Position: i)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => TalentBucket<PositionKey>.Of(g.Select(x => x.Position), Keys));
        BucketTypes = [.. Buckets.Keys.Select(k => k.Type).Distinct().Order()];
        BucketAreas = [.. Buckets.Keys.Select(k => k.Area).Distinct().Order()];
    }

    public int Count => Candidates.Count;
    public IReadOnlyList<PositionCandidate> Candidates { get; }

    public int IndexOf(Guid id) => positions.GetValueOrDefault(id, -1);

    internal TalentMarket Market { get; }
    internal bool[] Open { get; }
    internal int[] Type { get; }
    internal int[][] Areas { get; }
    internal int[][] Skills { get; }
    internal int[] MinDegree { get; }
    internal int[] MinYears { get; }
    internal int[] Cluster { get; }
    internal bool[] Remote { get; }
    internal bool[] PosterVerified { get; }
    internal double[] Freshness { get; }
    internal int[] DaysOld { get; }
    internal int[][] Tags { get; }
    internal SparseVectors Text { get; }
    internal Dictionary<(int Type, int Area), TalentBucket<PositionKey>> Buckets { get; }
    internal int[] BucketTypes { get; }
    internal int[] BucketAreas { get; }
    /// <summary>What the kernel reads of each position, packed.</summary>
    internal PositionKey[] Keys { get; }
    // Explanation arguments and rule lists of each position, made when it is first explained (see ExplanationCache).
    internal IReadOnlyList<FitArg>?[] ClusterArgs { get; }
    internal IReadOnlyList<FitArg>?[] DaysArgs { get; }
    internal RuleOutcome[]?[]?[] RuleLists { get; }
}
