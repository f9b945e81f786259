using System.Numerics;
using System.Runtime.CompilerServices;

namespace Marketplace.Application.Matching;

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
        positions.Remote[q] || researchers.Flexible[r] || positions.Cluster[q] >= 0 && Sets.Contains(researchers.Desired[r], positions.Cluster[q]);

    public static int LocationReason(ResearcherIndex researchers, int r, PositionIndex positions, int q) =>
        positions.Cluster[q] >= 0 && Sets.Contains(researchers.Desired[r], positions.Cluster[q]) ? InDesiredCluster
        : positions.Remote[q] ? RemotePosition
        : researchers.Desired[r].Length == 0 ? AnyLocation
        : researchers.OpenToRelocation[r] ? OpenToRelocation
        : NotLocated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Values(ResearcherIndex researchers, int r, PositionIndex positions, int q, double text, Span<double> v)
    {
        var ra = researchers.Areas[r];
        var pa = positions.Areas[q];
        // The masks hold the exact sets when every code of both fits in them; the count is the same integer either way.
        var sharedAreas = (researchers.MaskExact[r] & positions.MaskExact[q] & Masks.AreasExact) != 0
            ? BitOperations.PopCount(researchers.AreaMask[r] & positions.AreaMask[q])
            : Sets.Overlap(ra, pa);
        v[ResearcherArea] = ra.Length == 0 ? 0.5 : sharedAreas / (double)ra.Length;
        var cluster = positions.Cluster[q];
        var desired = researchers.Desired[r];
        v[ResearcherCluster] = cluster >= 0 && Sets.Contains(desired, cluster) ? 1
            : positions.Remote[q] ? 0.9
            : desired.Length == 0 ? 0.6
            : researchers.OpenToRelocation[r] ? 0.5
            : 0.1;
        v[ResearcherType] = researchers.Types[r].Length == 0 ? 0.5 : 1;
        v[ResearcherText] = text;
        v[ResearcherFreshness] = positions.Freshness[q];
        v[PositionArea] = pa.Length == 0 ? 0.5 : sharedAreas / (double)pa.Length;
        var ps = positions.Skills[q];
        v[PositionSkills] = ps.Length == 0 ? 0.5
            : ((researchers.MaskExact[r] & positions.MaskExact[q] & Masks.SkillsExact) != 0
                ? BitOperations.PopCount(researchers.SkillMask[r].Low & positions.SkillMask[q].Low)
                    + BitOperations.PopCount(researchers.SkillMask[r].High & positions.SkillMask[q].High)
                : Sets.Overlap(researchers.Skills[r], ps)) / (double)ps.Length;
        v[PositionRequirements] = Requirements(researchers, r, positions, q);
        v[PositionText] = text;
    }

    /// <summary>Half degree, half years: met is 1; a degree one level short 0.5, two 0, not given 0.5; years pro rata, not given 0.5.</summary>
    private static double Requirements(ResearcherIndex researchers, int r, PositionIndex positions, int q)
    {
        var min = positions.MinDegree[q];
        var degree = researchers.Degree[r];
        var degreeFit = min <= 0 ? 1 : degree < 0 ? 0.5 : degree >= min ? 1 : Math.Max(0, 1 - 0.5 * (min - degree));
        var minYears = positions.MinYears[q];
        var years = researchers.Years[r];
        var yearsFit = minYears <= 0 ? 1 : years < 0 ? 0.5 : Math.Min(1, years / (double)minYears);
        return (degreeFit + yearsFit) / 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Score, double ResearcherShare, double PositionShare) Combine(ReadOnlySpan<double> v, double[] w, double researcherWeight, double positionWeight)
    {
        double a = 0, b = 0;
        for (var i = 0; i < FirstPositionSlot; i++)
            a += w[i] * v[i];
        for (var i = FirstPositionSlot; i < Count; i++)
            b += w[i] * v[i];
        a = researcherWeight > 0 ? a / researcherWeight : 0;
        b = positionWeight > 0 ? b / positionWeight : 0;
        return Reciprocal.Combine(a, b, researcherWeight > 0, positionWeight > 0);
    }
}
