using Marketplace.Domain.Researchers;

namespace Marketplace.Application.Matching.Kernel;

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
