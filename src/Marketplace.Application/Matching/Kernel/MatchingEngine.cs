using System.Collections.Concurrent;
using Marketplace.Application.Funds;
using S = Marketplace.Application.Matching.Kernel.FundProjectScoring;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// Reciprocal, explainable matching (issue 6), pure: no database, no clock (the market's <c>now</c>),
/// no culture. Four directions, each computing the top k per subject of a chunk, in parallel over the
/// chunk with per-thread scratch buffers:
/// <list type="bullet">
/// <item><see cref="ScoreFunds(IReadOnlyList{FundCandidate}, ProjectIndex, int, FeedbackSet?)"/>: fund → projects;</item>
/// <item><see cref="ScoreProjects(IReadOnlyList{ProjectCandidate}, FundIndex, int, FeedbackSet?)"/>: project → funds;</item>
/// <item><see cref="ScoreResearchers(IReadOnlyList{ResearcherCandidate}, PositionIndex, int, FeedbackSet?)"/>: researcher → positions;</item>
/// <item><see cref="ScorePositions(IReadOnlyList{PositionCandidate}, ResearcherIndex, int, FeedbackSet?)"/>: position → researchers.</item>
/// </list>
/// Hard rules first: a pair that breaks one is never scored (the indexes skip most such pairs without
/// looking at them), and every result is checked again by the rule's own code (<see cref="MandateFit"/>)
/// before it is explained. The score is the harmonic mean of the two sides' fits (each a weighted mean
/// of its factors, <see cref="MatchingWeights"/>), plus the viewer's feedback term; see
/// <see cref="Recommendation"/> and <see cref="ScoreRounding"/> for how factors add up to it.
/// Each overload taking candidates prepares them against the index's market (for incremental jobs);
/// the overloads taking an index and a range score a prepared chunk (for full recomputes).
/// </summary>
public static partial class MatchingEngine
{
    private const int SharedTermsShown = 5;

    private static long admitted;
    private static long scored;

    /// <summary>
    /// Pairs that passed the hard rules, and of those the ones whose text similarity was computed (the
    /// others could not reach the current top k), since the process started: for benchmarks and logs.
    /// </summary>
    public static (long Admitted, long Scored) Counters => (Interlocked.Read(ref admitted), Interlocked.Read(ref scored));

    // ---- fund ↔ project --------------------------------------------------------------------------

    public static IReadOnlyList<MatchList> ScoreFunds(IReadOnlyList<FundCandidate> chunk, ProjectIndex projects, int k, FeedbackSet? feedback = null) =>
        ScoreFunds(projects.Market.PrepareFunds(chunk), 0, chunk.Count, projects, k, feedback);

    public static IReadOnlyList<MatchList> ScoreFunds(FundIndex funds, int start, int count, ProjectIndex projects, int k, FeedbackSet? feedback = null)
    {
        CheckRange(funds.Count, start, count, k);
        return ScoreFunds(funds, Subjects(start, count), projects, k, feedback);
    }

    /// <summary>The funds at <paramref name="subjects"/> (positions in <paramref name="funds"/>, e.g. a chunk job's share of a market).</summary>
    public static IReadOnlyList<MatchList> ScoreFunds(FundIndex funds, IReadOnlyList<int> subjects, ProjectIndex projects, int k, FeedbackSet? feedback = null)
    {
        CheckSubjects(funds.Count, subjects, k);
        var market = projects.Market;
        var w = market.WeightVector;
        var (wa, wb) = (market.Weights.FundSide, market.Weights.ProjectSide);
        feedback ??= FeedbackSet.Empty;
        return TopLists(subjects, market.Text.Size, projects.Count, k, f => funds.Candidates[f].Id,
            (f, scratch) =>
            {
                var fb = ResolvedFeedback.Resolve(feedback.For(MatchSide.Fund, funds.Candidates[f].Id), projects.IndexOf, p => projects.Tags[p]);
                RankFund(funds, f, projects, scratch, fb, w, wa, wb);
                return fb;
            },
            (f, p, fb) => ExplainPair(funds, f, projects, p, MatchSide.Fund, fb));
    }

    public static IReadOnlyList<MatchList> ScoreProjects(IReadOnlyList<ProjectCandidate> chunk, FundIndex funds, int k, FeedbackSet? feedback = null) =>
        ScoreProjects(funds.Market.PrepareProjects(chunk), 0, chunk.Count, funds, k, feedback);

    public static IReadOnlyList<MatchList> ScoreProjects(ProjectIndex projects, int start, int count, FundIndex funds, int k, FeedbackSet? feedback = null)
    {
        CheckRange(projects.Count, start, count, k);
        return ScoreProjects(projects, Subjects(start, count), funds, k, feedback);
    }

    /// <summary>The projects at <paramref name="subjects"/> (positions in <paramref name="projects"/>).</summary>
    public static IReadOnlyList<MatchList> ScoreProjects(ProjectIndex projects, IReadOnlyList<int> subjects, FundIndex funds, int k, FeedbackSet? feedback = null)
    {
        CheckSubjects(projects.Count, subjects, k);
        var market = funds.Market;
        var w = market.WeightVector;
        var (wa, wb) = (market.Weights.FundSide, market.Weights.ProjectSide);
        feedback ??= FeedbackSet.Empty;
        return TopLists(subjects, market.Text.Size, funds.Count, k, p => projects.Candidates[p].Id,
            (p, scratch) =>
            {
                var fb = ResolvedFeedback.Resolve(feedback.For(MatchSide.Project, projects.Candidates[p].Id), funds.IndexOf, f => funds.Tags[f]);
                RankProject(projects, p, funds, scratch, fb, w, wa, wb);
                return fb;
            },
            (p, f, fb) => ExplainPair(funds, f, projects, p, MatchSide.Project, fb));
    }

    /// <summary>
    /// The recommendation of one pair as <paramref name="viewer"/> (<see cref="MatchSide.Fund"/> or
    /// <see cref="MatchSide.Project"/>) would see it, or null when a hard rule refuses the pair.
    /// The fund and the project are looked up in the market, or prepared when they are not in it.
    /// </summary>
    public static Recommendation? Explain(FundProjectMarket market, FundCandidate fund, ProjectCandidate project, MatchSide viewer, FeedbackSet? feedback = null)
    {
        if (viewer is not (MatchSide.Fund or MatchSide.Project))
            throw new ArgumentOutOfRangeException(nameof(viewer));
        var (funds, f) = market.Funds.IndexOf(fund.Id) is var fi and >= 0 && market.Funds.Candidates[fi] == fund ? (market.Funds, fi) : (market.PrepareFunds([fund]), 0);
        var (projects, p) = market.Projects.IndexOf(project.Id) is var pi and >= 0 && market.Projects.Candidates[pi] == project ? (market.Projects, pi) : (market.PrepareProjects([project]), 0);
        feedback ??= FeedbackSet.Empty;
        var fb = viewer == MatchSide.Fund
            ? ResolvedFeedback.Resolve(feedback.For(viewer, fund.Id), market.Projects.IndexOf, x => market.Projects.Tags[x])
            : ResolvedFeedback.Resolve(feedback.For(viewer, project.Id), market.Funds.IndexOf, x => market.Funds.Tags[x]);
        if (fb.Excluded.Length > 0 && (viewer == MatchSide.Fund ? feedback.For(viewer, fund.Id).Dismissed.Contains(project.Id) : feedback.For(viewer, project.Id).Dismissed.Contains(fund.Id)))
            return null;
        return ExplainPair(funds, f, projects, p, viewer, fb);
    }

    /// <summary>The reciprocal score of one pair without feedback (NaN when a hard rule refuses it): the kernel, for benchmarks.</summary>
    public static double ScorePair(FundIndex funds, int f, ProjectIndex projects, int p)
    {
        if (!S.AdmitsAll(funds, f, projects, p))
            return double.NaN;
        Span<double> v = stackalloc double[S.Count];
        S.Values(funds, f, projects, p, projects.Text.Dot(p, funds.Text, f), v);
        var weights = funds.Market.Weights;
        return S.Combine(v, funds.Market.WeightVector, weights.FundSide, weights.ProjectSide).Score;
    }

    private static void RankFund(FundIndex funds, int f, ProjectIndex projects, Scratch s, ResolvedFeedback fb, double[] w, double wa, double wb)
    {
        s.Top.Clear();
        if (!funds.Valid[f])
            return;
        var stamp = ++s.Current;
        foreach (var e in fb.Excluded)
            s.Excluded[e] = stamp;
        var weights = projects.Market.Weights;
        var fbUpper = fb.UpperBound(weights);
        Span<double> v = stackalloc double[S.Count];
        funds.Text.Scatter(f, s.Dense);
        var stages = funds.Stages[f].Length > 0 ? funds.Stages[f] : [.. projects.CurrenciesByStage.Keys];
        foreach (var stage in stages)
        {
            if (!projects.CurrenciesByStage.TryGetValue(stage, out var currencies))
                continue;
            foreach (var currency in currencies)
            {
                var (lo, hi) = funds.Ticket(f, currency);
                if (lo > hi)
                    continue;
                var bucket = projects.Buckets[(stage, currency)];
                var amounts = bucket.Amounts;
                for (var i = LowerBound(amounts, lo); i < amounts.Length && amounts[i] <= hi; i++)
                {
                    var p = bucket.Members[i];
                    if (s.Excluded[p] == stamp || !S.Admits(funds, f, projects, p))
                        continue;
                    s.Admitted++;
                    S.Values(funds, f, projects, p, 1, v);
                    if (s.Top.Full && S.Combine(v, w, wa, wb).Score + fbUpper < s.Top.Threshold)
                        continue;
                    s.Scored++;
                    v[S.FundText] = v[S.ProjectText] = projects.Text.Dot(p, s.Dense);
                    var score = S.Combine(v, w, wa, wb).Score;
                    if (fb.MovesScores)
                        score += fb.Evaluate(projects.Tags[p], weights).Term;
                    s.Top.Offer(score, p);
                }
            }
        }
        funds.Text.Clear(f, s.Dense);
    }

    private static void RankProject(ProjectIndex projects, int p, FundIndex funds, Scratch s, ResolvedFeedback fb, double[] w, double wa, double wb)
    {
        s.Top.Clear();
        if (!projects.Published[p])
            return;
        var stamp = ++s.Current;
        foreach (var e in fb.Excluded)
            s.Excluded[e] = stamp;
        var weights = funds.Market.Weights;
        var fbUpper = fb.UpperBound(weights);
        Span<double> v = stackalloc double[S.Count];
        projects.Text.Scatter(p, s.Dense);
        var amount = projects.Amount[p];
        var currency = projects.Currency[p];
        var byStage = funds.ByStage.TryGetValue(projects.Stage[p], out var listed) ? listed : [];
        for (var list = 0; list < 2; list++)
            foreach (var f in list == 0 ? byStage : funds.AnyStage)
            {
                if (s.Excluded[f] == stamp)
                    continue;
                var (lo, hi) = funds.Ticket(f, currency);
                if (amount < lo || amount > hi || !S.Admits(funds, f, projects, p))
                    continue;
                s.Admitted++;
                S.Values(funds, f, projects, p, 1, v);
                if (s.Top.Full && S.Combine(v, w, wa, wb).Score + fbUpper < s.Top.Threshold)
                    continue;
                s.Scored++;
                v[S.FundText] = v[S.ProjectText] = funds.Text.Dot(f, s.Dense);
                var score = S.Combine(v, w, wa, wb).Score;
                if (fb.MovesScores)
                    score += fb.Evaluate(funds.Tags[f], weights).Term;
                s.Top.Offer(score, f);
            }
        projects.Text.Clear(p, s.Dense);
    }

    private static Recommendation? ExplainPair(FundIndex funds, int f, ProjectIndex projects, int p, MatchSide viewer, ResolvedFeedback fb)
    {
        if (!S.AdmitsAll(funds, f, projects, p))
            return null;
        var market = funds.Market;
        var fund = funds.Candidates[f];
        var project = projects.Candidates[p];
        var fit = MandateFit.Evaluate(fund.Mandate, project.Deal, market.Rates);
        // The rule's own code has the last word; the indexes only saved the work of asking it for every pair.
        if (!fit.Fits)
            return null;
        var weights = market.Weights;
        var w = market.WeightVector;
        Span<double> v = stackalloc double[S.Count];
        var fundViews = viewer == MatchSide.Fund;
        var text = fundViews ? projects.Text.Dot(p, funds.Text, f) : funds.Text.Dot(f, projects.Text, p);
        S.Values(funds, f, projects, p, text, v);
        var (score, fundShare, projectShare) = S.Combine(v, w, weights.FundSide, weights.ProjectSide);
        var cache = market.Cache;
        var sectors = new CodesArg(FitCodeKind.Sector, Shared(project.Sectors, fund.Mandate.Sectors));
        // One list each, shared by the two sides' factors that show it.
        IReadOnlyList<FitArg> terms = [new TermsArg(projects.Text.SharedWords(p, funds.Text, f, SharedTermsShown, market.Text.Terms))];
        var drafts = Drafts();
        var n = 0;
        for (var i = 0; i < S.Count; i++)
        {
            if (w[i] == 0)
                continue;
            var fundSlot = i < S.FirstProjectSlot;
            var contribution = (fundSlot ? fundShare / weights.FundSide : projectShare / weights.ProjectSide) * w[i] * v[i];
            IReadOnlyList<FitArg> args = i switch
            {
                S.FundSector => [sectors],
                S.FundStage => cache.Args(ArgKinds.Stage, projects.Stage[p], 0, project.Stage,
                    static stage => [new CodesArg(FitCodeKind.Stage, stage)]),
                S.FundTicketSize => fund.Mandate.TicketCurrency is not null
                    ? [MoneyArgs(projects, p)[0], RangeArg(funds, f)]
                    : MoneyArgs(projects, p),
                S.FundCluster or S.ProjectCluster => cache.Args(ArgKinds.ClusterAndHome, projects.Cluster[p], funds.Home[f], (project.ClusterKey, fund.HomeClusterKey),
                    static c => c.HomeClusterKey is { } home
                        ? [new CodesArg(FitCodeKind.Cluster, c.ClusterKey), new CodesArg(FitCodeKind.Cluster, home)]
                        : [new CodesArg(FitCodeKind.Cluster, c.ClusterKey)]),
                S.FundText or S.ProjectText => terms,
                S.FundFreshness => projects.DaysArgs[p] ??= [new NumberArg("days", projects.DaysOld[p])],
                S.ProjectSectorFocus => [sectors, funds.MandateSectorsArg[f] ??= new NumberArg("mandate-sectors", fund.Mandate.Sectors.Count)],
                S.ProjectCapacity => funds.CapacityArgs[f] ??= fund.WeeklyCapacity is { } cap
                    ? [new NumberArg("inbox", fund.InboxThisWeek), new NumberArg("capacity", cap)]
                    : [],
                _ => [],
            };
            drafts[n++] = new FactorDraft(fundSlot ? MatchSide.Fund : MatchSide.Project, S.Codes[i], contribution, v[i], w[i], args);
        }
        if (fb.MovesScores)
        {
            var evaluation = fb.Evaluate(fundViews ? projects.Tags[p] : funds.Tags[f], weights);
            score += evaluation.Term;
            n = AddFeedbackFactors(drafts, n, viewer, fb, evaluation, weights);
        }
        return Build(fundViews ? project.Id : fund.Id, score, drafts, n, cache.Intern(fit.Outcomes));
    }

    private static IReadOnlyList<FitArg> MoneyArgs(ProjectIndex projects, int p) =>
        projects.MoneyArgs[p] ??= [new MoneyArg(projects.Candidates[p].Amount, projects.Candidates[p].Currency)];

    private static RangeArg RangeArg(FundIndex funds, int f)
    {
        var m = funds.Candidates[f].Mandate;
        return funds.RangeArgs[f] ??= new RangeArg(m.TicketMin, m.TicketMax, m.TicketCurrency!);
    }

    // ---- shared ----------------------------------------------------------------------------------

    /// <summary>A factor before its contribution is rounded (see <see cref="Build"/>).</summary>
    private record struct FactorDraft(MatchSide Side, string Code, double Contribution, double Value, double Weight, IReadOnlyList<FitArg> Args);

    /// <summary>Room for every factor of either pairing plus the two feedback factors.</summary>
    private const int MaxFactors = 16;

    [ThreadStatic]
    private static FactorDraft[]? drafts;

    private static FactorDraft[] Drafts() => drafts ??= new FactorDraft[MaxFactors];

    private static int AddFeedbackFactors(
        FactorDraft[] factors, int n, MatchSide viewer, ResolvedFeedback fb,
        (double Term, double SavedSimilarity, int SavedAt, double DismissedSimilarity, int DismissedAt) e, MatchingWeights weights)
    {
        if (e.SavedAt >= 0)
        {
            var item = fb.Saved[e.SavedAt].Item;
            factors[n++] = new FactorDraft(viewer, FactorCodes.SimilarToSaved, weights.FeedbackSaved * e.SavedSimilarity, e.SavedSimilarity, weights.FeedbackSaved,
                [new FeedbackArg(item.ItemId, item.Reason)]);
        }
        if (e.DismissedAt >= 0)
        {
            var item = fb.Dismissed[e.DismissedAt].Item;
            factors[n++] = new FactorDraft(viewer, FactorCodes.SimilarToDismissed, -weights.FeedbackDismissed * e.DismissedSimilarity, e.DismissedSimilarity,
                weights.FeedbackDismissed, [new FeedbackArg(item.ItemId, item.Reason)]);
        }
        return n;
    }

    /// <summary>The codes of <paramref name="mine"/> (in their order, once each) that <paramref name="theirs"/> has too.</summary>
    private static string[] Shared(IReadOnlyList<string> mine, IReadOnlyCollection<string> theirs)
    {
        Span<bool> keep = stackalloc bool[mine.Count];
        var count = 0;
        for (var i = 0; i < mine.Count; i++)
        {
            var code = mine[i];
            if (!theirs.Contains(code))
                continue;
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
                seen = keep[j] && mine[j] == code;
            if (!seen)
            {
                keep[i] = true;
                count++;
            }
        }
        if (count == 0)
            return [];
        var shared = new string[count];
        for (int i = 0, k = 0; i < mine.Count; i++)
            if (keep[i])
                shared[k++] = mine[i];
        return shared;
    }

    private static Recommendation Build(Guid candidate, double score, FactorDraft[] factors, int n, IReadOnlyList<RuleOutcome> rules)
    {
        Span<double> exact = stackalloc double[n];
        for (var i = 0; i < n; i++)
            exact[i] = factors[i].Contribution;
        Span<decimal> rounded = stackalloc decimal[n];
        ScoreRounding.Apportion(score, exact, rounded);
        var result = new MatchFactor[n];
        for (var i = 0; i < n; i++)
        {
            var d = factors[i];
            result[i] = new MatchFactor(d.Side, d.Code, rounded[i], d.Value, d.Weight, d.Args);
            factors[i] = default;
        }
        return new Recommendation(candidate, ScoreRounding.Round(score), result, rules);
    }

    /// <summary>
    /// Each subject's list: <paramref name="rank"/> fills the scratch's top k (returning the subject's
    /// resolved feedback), then each kept candidate, best first, is explained by <paramref name="explain"/>
    /// (subject, candidate, feedback), which may refuse it.
    /// </summary>
    private static IReadOnlyList<MatchList> TopLists(
        IReadOnlyList<int> subjects, int vocabulary, int candidates, int k, Func<int, Guid> subjectId,
        Func<int, Scratch, ResolvedFeedback> rank, Func<int, int, ResolvedFeedback, Recommendation?> explain) =>
        Run(subjects, vocabulary, candidates, k, (subject, scratch) =>
        {
            var fb = rank(subject, scratch);
            var top = scratch.Top.Sorted();
            var items = new List<Recommendation>(top.Length);
            foreach (var (_, candidate) in top)
                if (explain(subject, candidate, fb) is { } recommendation)
                    items.Add(recommendation);
            return new MatchList(subjectId(subject), items);
        });

    private static IReadOnlyList<MatchList> Run(IReadOnlyList<int> subjects, int vocabulary, int candidates, int k, Func<int, Scratch, MatchList> score)
    {
        var count = subjects.Count;
        var results = new MatchList[count];
        // A partitioner refuses an empty range: nothing to score is nothing to return.
        if (count == 0)
            return results;
        var partitions = Partitioner.Create(0, count, Math.Max(1, Math.Min(64, count / (4 * Environment.ProcessorCount) + 1)));
        Parallel.ForEach(partitions, () => Scratch.Rent(vocabulary, candidates, k), (range, _, scratch) =>
        {
            try
            {
                for (var i = range.Item1; i < range.Item2; i++)
                    results[i] = score(subjects[i], scratch);
            }
            catch
            {
                // Its dense array may hold a subject that was never cleared: never reuse it.
                scratch.Dirty = true;
                throw;
            }
            return scratch;
        }, scratch =>
        {
            Interlocked.Add(ref admitted, scratch.Admitted);
            Interlocked.Add(ref scored, scratch.Scored);
            Scratch.Return(scratch);
        });
        return results;
    }

    private static int[] Subjects(int start, int count)
    {
        var subjects = new int[count];
        for (var i = 0; i < count; i++)
            subjects[i] = start + i;
        return subjects;
    }

    private static void CheckSubjects(int size, IReadOnlyList<int> subjects, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        foreach (var subject in subjects)
            if ((uint)subject >= (uint)size)
                throw new ArgumentOutOfRangeException(nameof(subjects), subject, "Not a position in the index.");
    }

    private static void CheckRange(int size, int start, int count, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, size, nameof(count));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
    }

    private static int LowerBound(long[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
