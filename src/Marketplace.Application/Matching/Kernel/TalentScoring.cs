using System.Numerics;
using System.Runtime.CompilerServices;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>The hard rules and soft factors of researcher ↔ position pairs, shared by the kernels and the explanations.</summary>
internal static class TalentScoring
{
    public const int ResearcherArea = 0, ResearcherCluster = 1, ResearcherType = 2, ResearcherText = 3, ResearcherFreshness = 4;
    public const int PositionArea = 5, PositionSkills = 6, PositionRequirements = 7, PositionText = 8;
    public const int Count = 9;
    public const int FirstPositionSlot = PositionArea;

    public static readonly string[] Codes =
    [
        FactorCodes.ResearchArea, FactorCodes.Cluster, FactorCodes.PositionType, FactorCodes.Text, FactorCodes.Freshness,
        FactorCodes.ResearchArea, FactorCodes.Skills, FactorCodes.Requirements, FactorCodes.Text,
    ];

    public static double[] WeightsOf(MatchingWeights w) =>
    [
        w.ResearcherArea, w.ResearcherCluster, w.ResearcherType, w.ResearcherText, w.ResearcherFreshness,
        w.PositionArea, w.PositionSkills, w.PositionRequirements, w.PositionText,
    ];

    /// <summary>The position type is wanted (or the researcher names none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TypeWanted(ResearcherIndex researchers, int r, PositionIndex positions, int q) =>
        researchers.Types[r].Length == 0 || Sets.Contains(researchers.Types[r], positions.Type[q]);

    /// <summary>The poster may see the profile: public to any poster, verified-organisations to verified posters, hidden never.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Visible(ResearcherIndex researchers, int r, PositionIndex positions, int q) =>
        researchers.Visibility[r] == ResearcherIndex.Public
        || researchers.Visibility[r] == ResearcherIndex.Verified && positions.PosterVerified[q];

    /// <summary>Every hard rule except "not dismissed" (the viewer's): position open, type wanted, location, and, when the poster is looking, visibility.</summary>
    public static bool Admits(ResearcherIndex researchers, int r, PositionIndex positions, int q, MatchSide viewer) =>
        positions.Open[q] && TypeWanted(researchers, r, positions, q) && Located(researchers, r, positions, q)
        && (viewer != MatchSide.Position || Visible(researchers, r, positions, q));

    // Answers of the location rule (TalentRules.Location), the most telling first; NotLocated refuses the pair.
    public const int InDesiredCluster = 0, RemotePosition = 1, AnyLocation = 2, OpenToRelocation = 3, NotLocated = 4;

    /// <summary>The location rule: the position is remote, or in a desired cluster, or the researcher names none or would relocate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Located(ResearcherIndex researchers, int r, PositionIndex positions, int q) =>
        Located(in researchers.Keys[r], in positions.Keys[q], researchers, r);

    /// <summary><see cref="Located(ResearcherIndex, int, PositionIndex, int)"/> from keys the caller holds (a bucket's copies).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Located(in ResearcherKey rk, in PositionKey pk, ResearcherIndex researchers, int r) =>
        pk.Remote || rk.Flexible || InDesired(in rk, in pk, researchers, r);

    /// <summary>The position's cluster is one the researcher wants (by the mask when it holds the exact set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InDesired(in ResearcherKey rk, in PositionKey pk, ResearcherIndex researchers, int r) =>
        pk.Cluster >= 0 && ((rk.MaskExact & Masks.ClustersExact) != 0 && pk.Cluster < 64
            ? (rk.DesiredMask >> pk.Cluster & 1) != 0
            : Sets.Contains(researchers.Desired[r], pk.Cluster));

    public static int LocationReason(ResearcherIndex researchers, int r, PositionIndex positions, int q) =>
        positions.Cluster[q] >= 0 && Sets.Contains(researchers.Desired[r], positions.Cluster[q]) ? InDesiredCluster
        : positions.Remote[q] ? RemotePosition
        : researchers.Desired[r].Length == 0 ? AnyLocation
        : researchers.OpenToRelocation[r] ? OpenToRelocation
        : NotLocated;

    /// <summary>
    /// The factor values in [0, 1] (text passed in). Reads the packed keys (one cache line a side) and
    /// counts overlaps by popcount when both masks hold the exact sets, else from the sorted ids: the
    /// same integers and the same expressions either way, so the scores do not depend on the path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Values(ResearcherIndex researchers, int r, PositionIndex positions, int q, double text, Span<double> v) =>
        Values(in researchers.Keys[r], in positions.Keys[q], researchers, r, positions, q, text, v);

    /// <summary>The same from keys the caller holds (the kernels stream a bucket's copies of them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Values(in ResearcherKey rk, in PositionKey pk, ResearcherIndex researchers, int r, PositionIndex positions, int q, double text, Span<double> v)
    {
        var exact = rk.MaskExact & pk.MaskExact;
        var sharedAreas = (exact & Masks.AreasExact) != 0
            ? BitOperations.PopCount(rk.AreaMask & pk.AreaMask)
            : Sets.Overlap(researchers.Areas[r], positions.Areas[q]);
        v[ResearcherArea] = rk.AreaCount == 0 ? 0.5 : sharedAreas / (double)rk.AreaCount;
        v[ResearcherCluster] = InDesired(in rk, in pk, researchers, r) ? 1
            : pk.Remote ? 0.9
            : rk.NoDesired ? 0.6
            : rk.OpenToRelocation ? 0.5
            : 0.1;
        v[ResearcherType] = rk.AnyType ? 0.5 : 1;
        v[ResearcherText] = text;
        v[ResearcherFreshness] = pk.Freshness;
        v[PositionArea] = pk.AreaCount == 0 ? 0.5 : sharedAreas / (double)pk.AreaCount;
        v[PositionSkills] = pk.SkillCount == 0 ? 0.5
            : ((exact & Masks.SkillsExact) != 0
                ? BitOperations.PopCount(rk.SkillLow & pk.SkillLow) + BitOperations.PopCount(rk.SkillHigh & pk.SkillHigh)
                : Sets.Overlap(researchers.Skills[r], positions.Skills[q])) / (double)pk.SkillCount;
        v[PositionRequirements] = Requirements(in rk, in pk);
        v[PositionText] = text;
    }

    /// <summary>Half degree, half years: met is 1; a degree one level short 0.5, two 0, not given 0.5; years pro rata, not given 0.5.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Requirements(in ResearcherKey rk, in PositionKey pk)
    {
        var min = pk.MinDegree;
        var degree = rk.Degree;
        var degreeFit = min <= 0 ? 1 : degree < 0 ? 0.5 : degree >= min ? 1 : Math.Max(0, 1 - 0.5 * (min - degree));
        var minYears = pk.MinYears;
        var years = rk.Years;
        var yearsFit = minYears <= 0 ? 1 : years < 0 ? 0.5 : Math.Min(1, years / (double)minYears);
        return (degreeFit + yearsFit) / 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Score, double ResearcherShare, double PositionShare) Combine(ReadOnlySpan<double> v, double[] w, double researcherWeight, double positionWeight) =>
        Reciprocal.Of(v, w, FirstPositionSlot, researcherWeight, positionWeight);
}
