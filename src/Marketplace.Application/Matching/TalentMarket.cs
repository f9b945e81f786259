using Marketplace.Application.Funds;
using Marketplace.Domain.Researchers;
using DomainCodes = Marketplace.Domain.Common.Codes;

namespace Marketplace.Application.Matching;

/// <summary>
/// Researchers and positions prepared for matching (see <see cref="FundProjectMarket"/> for the idea):
/// shared code tables, one text model over both sides, positions bucketed by (type, research area) and
/// researchers by (visibility, wanted type, research area), so candidates share a research area (or one
/// side names none) and the cross product is never walked.
/// </summary>
public sealed class TalentMarket
{
    private TalentMarket(MatchingWeights weights, DateTime now, TextModel text)
    {
        Weights = weights;
        Now = now;
        Today = DateOnly.FromDateTime(now);
        Text = text;
        WeightVector = TalentScoring.WeightsOf(weights);
    }

    public MatchingWeights Weights { get; }
    public DateTime Now { get; }
    public DateOnly Today { get; }
    public ResearcherIndex Researchers { get; private set; } = null!;
    public PositionIndex Positions { get; private set; } = null!;

    internal TextModel Text { get; }
    /// <summary>The weights in the kernel's slot order (<see cref="TalentScoring"/>).</summary>
    internal double[] WeightVector { get; }
    internal ExplanationCache Cache { get; } = new();
    internal CodeTable Types { get; } = new();
    internal CodeTable Areas { get; } = new();
    internal CodeTable Skills { get; } = new();
    internal CodeTable Clusters { get; } = new();

    public static TalentMarket Build(IReadOnlyList<ResearcherCandidate> researchers, IReadOnlyList<PositionCandidate> positions, DateTime now, MatchingWeights? weights = null)
    {
        weights ??= MatchingWeights.Default;
        if (weights.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(weights));
        var sortedResearchers = researchers.OrderBy(r => r.Id).ToList();
        var sortedPositions = positions.OrderBy(p => p.Id).ToList();
        var words = new CodeTable();
        var researcherTokens = TextModel.TokenizeAll(sortedResearchers.Count, i => TextAnalyzer.Tokenize(sortedResearchers[i].Headline, sortedResearchers[i].Summary), words);
        var positionTokens = TextModel.TokenizeAll(sortedPositions.Count, i => TextAnalyzer.Tokenize(sortedPositions[i].Title, sortedPositions[i].Description), words);
        var text = TextModel.Build(words, [researcherTokens, positionTokens], weights.MaxTextTerms);
        var market = new TalentMarket(weights, now, text);
        foreach (var type in DomainCodes.PositionTypes)
            market.Types.Id(type);
        market.Researchers = new ResearcherIndex(market, sortedResearchers, researcherTokens);
        market.Positions = new PositionIndex(market, sortedPositions, positionTokens);
        return market;
    }

    public ResearcherIndex PrepareResearchers(IReadOnlyList<ResearcherCandidate> researchers) =>
        new(this, researchers, Text.TokenizeOutside(researchers.Count, i => TextAnalyzer.Tokenize(researchers[i].Headline, researchers[i].Summary)));

    public PositionIndex PreparePositions(IReadOnlyList<PositionCandidate> positions) =>
        new(this, positions, Text.TokenizeOutside(positions.Count, i => TextAnalyzer.Tokenize(positions[i].Title, positions[i].Description)));

    /// <summary>A degree's rank (none &lt; bachelor &lt; master &lt; phd), or -1 when not given or unknown.</summary>
    internal static int DegreeRank(string? degree) => degree is null ? -1 : Degrees.IndexOf(degree);

    private static readonly List<string> Degrees = [.. DomainCodes.Degrees];
}

/// <summary>Researchers as columns; candidates of a position come from the buckets of its type and research areas.</summary>
public sealed class ResearcherIndex
{
    internal const int Public = 0, Verified = 1, Hidden = 2;
    internal const int AnyType = -1, NoArea = -1;

    private readonly Dictionary<Guid, int> positions;

    internal ResearcherIndex(TalentMarket market, IReadOnlyList<ResearcherCandidate> researchers, int[][] tokens)
    {
        Market = market;
        Candidates = researchers;
        var n = researchers.Count;
        positions = new Dictionary<Guid, int>(n);
        Visibility = new byte[n];
        Areas = new int[n][];
        Skills = new int[n][];
        Degree = new int[n];
        Years = new int[n];
        Desired = new int[n][];
        OpenToRelocation = new bool[n];
        Flexible = new bool[n];
        Keys = new ResearcherKey[n];
        Types = new int[n][];
        Tags = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var r = researchers[i];
            positions.TryAdd(r.Id, i);
            Visibility[i] = r.Visibility switch
            {
                ResearcherVisibility.Public => Public,
                ResearcherVisibility.VerifiedOrganisations => Verified,
                _ => Hidden,
            };
            Areas[i] = market.Areas.Ids(r.ResearchAreas);
            Skills[i] = market.Skills.Ids(r.Skills);
            Degree[i] = TalentMarket.DegreeRank(r.Degree);
            Years[i] = r.YearsExperience ?? -1;
            Desired[i] = market.Clusters.Ids(r.DesiredClusterKeys);
            OpenToRelocation[i] = r.OpenToRelocation;
            Flexible[i] = r.OpenToRelocation || Desired[i].Length == 0;
            Types[i] = market.Types.Ids(r.PositionTypes);
            Tags[i] = Sets.Tags(Areas[i], Skills[i]);
            var (areaMask, areasExact) = Masks.Of64(Areas[i]);
            var (skillMask, skillsExact) = Masks.Of128(Skills[i]);
            var (desiredMask, clustersExact) = Masks.Of64(Desired[i]);
            Keys[i] = new ResearcherKey
            {
                AreaMask = areaMask, SkillLow = skillMask.Low, SkillHigh = skillMask.High, DesiredMask = desiredMask,
                AreaCount = Areas[i].Length, Degree = Degree[i], Years = Years[i],
                MaskExact = (byte)((areasExact ? Masks.AreasExact : 0) | (skillsExact ? Masks.SkillsExact : 0) | (clustersExact ? Masks.ClustersExact : 0)),
                AnyType = Types[i].Length == 0, Flexible = Flexible[i], OpenToRelocation = OpenToRelocation[i], NoDesired = Desired[i].Length == 0,
            };
        }
        Text = market.Text.Vectorize(tokens);
        Buckets = Enumerable.Range(0, n).Where(i => Visibility[i] != Hidden)
            .SelectMany(i => (Types[i].Length == 0 ? [AnyType] : Types[i])
                .SelectMany(t => (Areas[i].Length == 0 ? [NoArea] : Areas[i]).Select(a => (Key: (Visibility[i], t, a), Researcher: i))))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => TalentBucket<ResearcherKey>.Of(g.Select(x => x.Researcher), Keys));
        BucketAreas = [.. Buckets.Keys.Select(k => k.Area).Distinct().Order()];
    }

    public int Count => Candidates.Count;
    public IReadOnlyList<ResearcherCandidate> Candidates { get; }

    public int IndexOf(Guid id) => positions.GetValueOrDefault(id, -1);

    internal TalentMarket Market { get; }
    internal byte[] Visibility { get; }
    internal int[][] Areas { get; }
    internal int[][] Skills { get; }
    internal int[] Degree { get; }
    internal int[] Years { get; }
    internal int[][] Desired { get; }
    internal bool[] OpenToRelocation { get; }
    /// <summary>Passes the location rule wherever the position is: open to relocation, or names no desired cluster.</summary>
    internal bool[] Flexible { get; }
    /// <summary>What the kernel reads of each researcher, packed.</summary>
    internal ResearcherKey[] Keys { get; }
    internal int[][] Types { get; }
    internal int[][] Tags { get; }
    internal SparseVectors Text { get; }
    internal Dictionary<(byte Visibility, int Type, int Area), TalentBucket<ResearcherKey>> Buckets { get; }
    internal int[] BucketAreas { get; }
}

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
