using Marketplace.Application.Funds;

namespace Marketplace.Application.Matching;

/// <summary>
/// One recommended candidate for a subject, with the score and everything that made it.
/// <see cref="Score"/> is the exact sum of the factors' <see cref="MatchFactor.Contribution"/>s
/// (see <see cref="ScoreRounding"/>); <see cref="Rules"/> are the hard rules the pair passed, in a
/// fixed order, with reasons pages render from resources.
/// </summary>
public sealed record Recommendation(Guid CandidateId, decimal Score, IReadOnlyList<MatchFactor> Factors, IReadOnlyList<RuleOutcome> Rules);

/// <summary>A subject's top recommendations, best first.</summary>
public sealed record MatchList(Guid SubjectId, IReadOnlyList<Recommendation> Items);

/// <summary>
/// One soft factor of a recommendation. <see cref="Side"/> says whose wants it measures (the fund's,
/// the project's, ...; feedback is the viewer's), <see cref="Value"/> how well they are met in [0, 1]
/// (feedback: the similarity), <see cref="Weight"/> the configured weight, and <see cref="Contribution"/>
/// the part of the score it makes (negative for a dismissed look-alike).
/// </summary>
public readonly record struct MatchFactor(MatchSide Side, string Code, decimal Contribution, double Value, double Weight, IReadOnlyList<FitArg> Arguments);

/// <summary>Codes of soft factors (a page renders "Matching.Factor.&lt;code&gt;" from resources).</summary>
public static class FactorCodes
{
    public const string Sector = "sector";
    public const string Stage = "stage";
    public const string TicketSize = "ticket-size";
    public const string Cluster = "cluster";
    public const string Text = "text";
    public const string Freshness = "freshness";
    public const string SectorFocus = "sector-focus";
    public const string Capacity = "capacity";
    public const string ResearchArea = "research-area";
    public const string PositionType = "position-type";
    public const string Skills = "skills";
    public const string Requirements = "requirements";
    public const string SimilarToSaved = "similar-to-saved";
    public const string SimilarToDismissed = "similar-to-dismissed";
}

/// <summary>The hard rules of researcher ↔ position pairs (fund ↔ project pairs use <see cref="FitRules"/>).</summary>
public static class TalentRules
{
    public const string PositionOpen = "position-open";
    /// <summary>Only when the poster looks at researchers: a researcher looking at positions shows nobody their profile.</summary>
    public const string Visibility = "visibility";
    public const string PositionType = "position-type";
    /// <summary>
    /// The position is remote, or in a cluster the researcher wants, or the researcher is open to
    /// relocation or names no cluster: nobody is shown a job where they will not work.
    /// </summary>
    public const string Location = "location";
    public const string NotDismissed = "not-dismissed";

    public static readonly IReadOnlyList<string> All = [PositionOpen, Visibility, PositionType, Location, NotDismissed];
}

public static class TalentReasons
{
    public const string OpenUntilDeadline = "open-until-deadline";
    public const string OpenWithoutDeadline = "open-without-deadline";
    public const string ProfilePublic = "profile-public";
    public const string VerifiedPoster = "verified-poster";
    public const string TypeWanted = "type-wanted";
    public const string AnyType = "any-type";
    /// <summary>Location: the position is in one of the researcher's desired clusters (argument: the cluster).</summary>
    public const string InDesiredCluster = "in-desired-cluster";
    /// <summary>Location: the position can be done remotely.</summary>
    public const string RemotePosition = "remote-position";
    /// <summary>Location: the researcher names no desired cluster.</summary>
    public const string AnyLocation = "any-location";
    /// <summary>Location: the researcher would relocate (argument: the position's cluster, when it has one).</summary>
    public const string OpenToRelocation = "open-to-relocation";
    public const string NotDismissed = "not-dismissed";

    public static readonly IReadOnlyList<string> All =
        [OpenUntilDeadline, OpenWithoutDeadline, ProfilePublic, VerifiedPoster, TypeWanted, AnyType,
            InDesiredCluster, RemotePosition, AnyLocation, OpenToRelocation, NotDismissed];
}

/// <summary>Codes of one kind that <see cref="FitCodeKind"/> does not name (research areas, skills, position types, degrees).</summary>
public sealed record TalentCodesArg(string Kind, IReadOnlyList<string> Codes) : FitArg
{
    public const string ResearchArea = "research-area";
    public const string Skill = "skill";
    public const string PositionType = "position-type";
    public const string Degree = "degree";

    public bool Equals(TalentCodesArg? other) => other is not null && Kind == other.Kind && Codes.SequenceEqual(other.Codes);

    public override int GetHashCode() => HashCode.Combine(Kind, Codes.Count);
}

/// <summary>A plain number (a day count, a share of a capacity, a years-of-experience figure).</summary>
public sealed record NumberArg(string Name, double Value) : FitArg;

/// <summary>Words two descriptions share, the most telling first.</summary>
public sealed record TermsArg(IReadOnlyList<string> Terms) : FitArg
{
    public bool Equals(TermsArg? other) => other is not null && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => Terms.Count;
}

/// <summary>The saved or dismissed item a candidate resembles, and the reason given for it.</summary>
public sealed record FeedbackArg(Guid ItemId, string? Reason) : FitArg;

/// <summary>
/// How factor contributions add up exactly. Scores are decimals with <see cref="Decimals"/> places.
/// The score is the combined value rounded half to even; each contribution is first cut down
/// (floored) to a millionth, then the millionths still missing to reach the score go one each to
/// the factors with the largest cut-off remainders (ties: the earlier factor). So the contributions
/// sum to the score exactly, and each is within one millionth of its exact value.
/// </summary>
public static class ScoreRounding
{
    public const int Decimals = 6;
    private const double Scale = 1_000_000d;

    public static decimal Round(double score) => Millionths((long)Math.Round(score * Scale, MidpointRounding.ToEven));

    /// <summary>A count of millionths as a decimal with six places, built directly (a decimal division is slow).</summary>
    private static decimal Millionths(long units)
    {
        var magnitude = units < 0 ? (ulong)-units : (ulong)units;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, Decimals);
    }

    public static decimal[] Apportion(double score, ReadOnlySpan<double> contributions)
    {
        var result = new decimal[contributions.Length];
        Apportion(score, contributions, result);
        return result;
    }

    /// <summary><see cref="Apportion(double, ReadOnlySpan{double})"/> into a buffer of the same length (no allocation).</summary>
    internal static void Apportion(double score, ReadOnlySpan<double> contributions, Span<decimal> result)
    {
        var n = contributions.Length;
        if (n == 0)
            return;
        var total = (long)Math.Round(score * Scale, MidpointRounding.ToEven);
        Span<long> units = stackalloc long[n];
        Span<double> remainders = stackalloc double[n];
        Span<int> order = stackalloc int[n];
        long sum = 0;
        for (var i = 0; i < n; i++)
        {
            var scaled = contributions[i] * Scale;
            units[i] = (long)Math.Floor(scaled);
            remainders[i] = scaled - units[i];
            sum += units[i];
            // Insertion sort by remainder, largest first, earlier factor first on ties: factors are a dozen at most.
            var j = i;
            for (; j > 0 && remainders[order[j - 1]] < remainders[i]; j--)
                order[j] = order[j - 1];
            order[j] = i;
        }
        // The floors' sum is within the factor count of the total; the loops also take back a surplus
        // (possible only through floating-point error), from the smallest remainders.
        for (var j = 0; sum < total; j = (j + 1) % n, sum++)
            units[order[j]]++;
        for (var j = n - 1; sum > total; j = (j + n - 1) % n, sum--)
            units[order[j]]--;
        for (var i = 0; i < n; i++)
            result[i] = Millionths(units[i]);
    }
}

/// <summary>A calendar day (a deadline).</summary>
public sealed record DateArg(DateOnly Date) : FitArg;
