using T = Marketplace.Application.Matching.Kernel.TalentScoring;

namespace Marketplace.Application.Matching.Kernel;

public static partial class MatchingEngine
{
    // ---- researcher ↔ position -------------------------------------------------------------------

    public static IReadOnlyList<MatchList> ScoreResearchers(IReadOnlyList<ResearcherCandidate> chunk, PositionIndex positions, int k, FeedbackSet? feedback = null) =>
        ScoreResearchers(positions.Market.PrepareResearchers(chunk), 0, chunk.Count, positions, k, feedback);

    public static IReadOnlyList<MatchList> ScoreResearchers(ResearcherIndex researchers, int start, int count, PositionIndex positions, int k, FeedbackSet? feedback = null)
    {
        CheckRange(researchers.Count, start, count, k);
        return ScoreResearchers(researchers, Subjects(start, count), positions, k, feedback);
    }

    /// <summary>The researchers at <paramref name="subjects"/> (positions in <paramref name="researchers"/>).</summary>
    public static IReadOnlyList<MatchList> ScoreResearchers(ResearcherIndex researchers, IReadOnlyList<int> subjects, PositionIndex positions, int k, FeedbackSet? feedback = null)
    {
        CheckSubjects(researchers.Count, subjects, k);
        var market = positions.Market;
        var w = market.WeightVector;
        feedback ??= FeedbackSet.Empty;
        return TopLists(subjects, market.Text.Size, positions.Count, k, r => researchers.Candidates[r].Id,
            (r, scratch) =>
            {
                var fb = ResolvedFeedback.Resolve(feedback.For(MatchSide.Researcher, researchers.Candidates[r].Id), positions.IndexOf, q => positions.Tags[q]);
                RankResearcher(researchers, r, positions, scratch, fb, w);
                return fb;
            },
            (r, q, fb) => ExplainTalentPair(researchers, r, positions, q, MatchSide.Researcher, fb));
    }

    public static IReadOnlyList<MatchList> ScorePositions(IReadOnlyList<PositionCandidate> chunk, ResearcherIndex researchers, int k, FeedbackSet? feedback = null) =>
        ScorePositions(researchers.Market.PreparePositions(chunk), 0, chunk.Count, researchers, k, feedback);

    public static IReadOnlyList<MatchList> ScorePositions(PositionIndex positions, int start, int count, ResearcherIndex researchers, int k, FeedbackSet? feedback = null)
    {
        CheckRange(positions.Count, start, count, k);
        return ScorePositions(positions, Subjects(start, count), researchers, k, feedback);
    }

    /// <summary>The positions at <paramref name="subjects"/> (positions in <paramref name="positions"/>).</summary>
    public static IReadOnlyList<MatchList> ScorePositions(PositionIndex positions, IReadOnlyList<int> subjects, ResearcherIndex researchers, int k, FeedbackSet? feedback = null)
    {
        CheckSubjects(positions.Count, subjects, k);
        var market = researchers.Market;
        var w = market.WeightVector;
        feedback ??= FeedbackSet.Empty;
        return TopLists(subjects, market.Text.Size, researchers.Count, k, q => positions.Candidates[q].Id,
            (q, scratch) =>
            {
                var fb = ResolvedFeedback.Resolve(feedback.For(MatchSide.Position, positions.Candidates[q].Id), researchers.IndexOf, r => researchers.Tags[r]);
                RankPosition(positions, q, researchers, scratch, fb, w);
                return fb;
            },
            (q, r, fb) => ExplainTalentPair(researchers, r, positions, q, MatchSide.Position, fb));
    }

    /// <summary>One researcher ↔ position pair as <paramref name="viewer"/> would see it, or null when a hard rule refuses it.</summary>
    public static Recommendation? Explain(TalentMarket market, ResearcherCandidate researcher, PositionCandidate position, MatchSide viewer, FeedbackSet? feedback = null)
    {
        if (viewer is not (MatchSide.Researcher or MatchSide.Position))
            throw new ArgumentOutOfRangeException(nameof(viewer));
        var (researchers, r) = market.Researchers.IndexOf(researcher.Id) is var ri and >= 0 && market.Researchers.Candidates[ri] == researcher
            ? (market.Researchers, ri) : (market.PrepareResearchers([researcher]), 0);
        var (positions, q) = market.Positions.IndexOf(position.Id) is var qi and >= 0 && market.Positions.Candidates[qi] == position
            ? (market.Positions, qi) : (market.PreparePositions([position]), 0);
        feedback ??= FeedbackSet.Empty;
        var researcherViews = viewer == MatchSide.Researcher;
        var own = feedback.For(viewer, researcherViews ? researcher.Id : position.Id);
        if (own.Dismissed.Contains(researcherViews ? position.Id : researcher.Id))
            return null;
        var fb = researcherViews
            ? ResolvedFeedback.Resolve(own, market.Positions.IndexOf, x => market.Positions.Tags[x])
            : ResolvedFeedback.Resolve(own, market.Researchers.IndexOf, x => market.Researchers.Tags[x]);
        return ExplainTalentPair(researchers, r, positions, q, viewer, fb);
    }

    /// <summary>The reciprocal score of one pair as seen by the poster, without feedback (NaN when a hard rule refuses it): the kernel, for benchmarks.</summary>
    public static double ScorePair(ResearcherIndex researchers, int r, PositionIndex positions, int q) => ScorePair(researchers, r, positions, q, MatchSide.Position);

    /// <summary>
    /// The same as seen by <paramref name="viewer"/>: the score is the same both ways, but only the
    /// poster's view has the visibility rule (a researcher looking at positions shows nobody anything).
    /// </summary>
    public static double ScorePair(ResearcherIndex researchers, int r, PositionIndex positions, int q, MatchSide viewer)
    {
        if (viewer is not (MatchSide.Researcher or MatchSide.Position))
            throw new ArgumentOutOfRangeException(nameof(viewer));
        if (!T.Admits(researchers, r, positions, q, viewer))
            return double.NaN;
        Span<double> v = stackalloc double[T.Count];
        T.Values(researchers, r, positions, q, researchers.Text.Dot(r, positions.Text, q), v);
        var weights = positions.Market.Weights;
        return T.Combine(v, positions.Market.WeightVector, weights.ResearcherSide, weights.PositionSide).Score;
    }

    private static void RankResearcher(ResearcherIndex researchers, int r, PositionIndex positions, Scratch s, ResolvedFeedback fb, double[] w)
    {
        s.Top.Clear();
        var stamp = ++s.Current;
        // Dismissed candidates are marked as seen before the scan: one check skips both.
        foreach (var e in fb.Excluded)
            s.Stamp[e] = stamp;
        var weights = positions.Market.Weights;
        var (wa, wb) = (weights.ResearcherSide, weights.PositionSide);
        var fbUpper = fb.UpperBound(weights);
        Span<double> v = stackalloc double[T.Count];
        researchers.Text.Scatter(r, s.Dense);
        ref readonly var rk = ref researchers.Keys[r];
        var types = researchers.Types[r].Length > 0 ? researchers.Types[r] : positions.BucketTypes;
        // Candidates share a research area, or one side names none.
        int[] areas = researchers.Areas[r].Length > 0 ? [.. researchers.Areas[r], PositionIndex.NoArea] : positions.BucketAreas;
        foreach (var type in types)
            foreach (var area in areas)
            {
                if (!positions.Buckets.TryGetValue((type, area), out var bucket))
                    continue;
                var members = bucket.Members;
                var keys = bucket.Keys;
                for (var i = 0; i < members.Length; i++)
                {
                    var q = members[i];
                    if (s.Stamp[q] == stamp)
                        continue;
                    s.Stamp[q] = stamp;
                    ref readonly var pk = ref keys[i];
                    if (!T.Located(in rk, in pk, researchers, r))
                        continue;
                    s.Admitted++;
                    T.Values(in rk, in pk, researchers, r, positions, q, 1, v);
                    if (s.Top.Full && T.Combine(v, w, wa, wb).Score + fbUpper < s.Top.Threshold)
                        continue;
                    s.Scored++;
                    v[T.ResearcherText] = v[T.PositionText] = positions.Text.Dot(q, s.Dense);
                    var score = T.Combine(v, w, wa, wb).Score;
                    if (fb.MovesScores)
                        score += fb.Evaluate(positions.Tags[q], weights).Term;
                    s.Top.Offer(score, q);
                }
            }
        researchers.Text.Clear(r, s.Dense);
    }

    private static void RankPosition(PositionIndex positions, int q, ResearcherIndex researchers, Scratch s, ResolvedFeedback fb, double[] w)
    {
        s.Top.Clear();
        if (!positions.Open[q])
            return;
        var stamp = ++s.Current;
        // Dismissed candidates are marked as seen before the scan: one check skips both.
        foreach (var e in fb.Excluded)
            s.Stamp[e] = stamp;
        var weights = researchers.Market.Weights;
        var (wa, wb) = (weights.ResearcherSide, weights.PositionSide);
        var fbUpper = fb.UpperBound(weights);
        Span<double> v = stackalloc double[T.Count];
        positions.Text.Scatter(q, s.Dense);
        ref readonly var pk = ref positions.Keys[q];
        int[] areas = positions.Areas[q].Length > 0 ? [.. positions.Areas[q], ResearcherIndex.NoArea] : researchers.BucketAreas;
        var classes = positions.PosterVerified[q] ? 2 : 1;
        for (byte visibility = 0; visibility < classes; visibility++)
            for (var t = 0; t < 2; t++)
            {
                var type = t == 0 ? positions.Type[q] : ResearcherIndex.AnyType;
                foreach (var area in areas)
                {
                    if (!researchers.Buckets.TryGetValue((visibility, type, area), out var bucket))
                        continue;
                    var members = bucket.Members;
                    var keys = bucket.Keys;
                    for (var i = 0; i < members.Length; i++)
                    {
                        var r = members[i];
                        if (s.Stamp[r] == stamp)
                            continue;
                        s.Stamp[r] = stamp;
                        ref readonly var rk = ref keys[i];
                        if (!T.Located(in rk, in pk, researchers, r))
                            continue;
                        s.Admitted++;
                        T.Values(in rk, in pk, researchers, r, positions, q, 1, v);
                        if (s.Top.Full && T.Combine(v, w, wa, wb).Score + fbUpper < s.Top.Threshold)
                            continue;
                        s.Scored++;
                        v[T.ResearcherText] = v[T.PositionText] = researchers.Text.Dot(r, s.Dense);
                        var score = T.Combine(v, w, wa, wb).Score;
                        if (fb.MovesScores)
                            score += fb.Evaluate(researchers.Tags[r], weights).Term;
                        s.Top.Offer(score, r);
                    }
                }
            }
        positions.Text.Clear(q, s.Dense);
    }

    private static Recommendation? ExplainTalentPair(ResearcherIndex researchers, int r, PositionIndex positions, int q, MatchSide viewer, ResolvedFeedback fb)
    {
        if (!T.Admits(researchers, r, positions, q, viewer))
            return null;
        var market = positions.Market;
        var weights = market.Weights;
        var w = market.WeightVector;
        var researcher = researchers.Candidates[r];
        var position = positions.Candidates[q];
        var researcherViews = viewer == MatchSide.Researcher;
        Span<double> v = stackalloc double[T.Count];
        var text = researcherViews ? positions.Text.Dot(q, researchers.Text, r) : researchers.Text.Dot(r, positions.Text, q);
        T.Values(researchers, r, positions, q, text, v);
        var (score, researcherShare, positionShare) = T.Combine(v, w, weights.ResearcherSide, weights.PositionSide);
        var cache = market.Cache;
        // One list each, shared by the two sides' factors that show it.
        IReadOnlyList<FitArg> areas = [new TalentCodesArg(TalentCodesArg.ResearchArea, Shared(researcher.ResearchAreas, (IReadOnlyCollection<string>)position.ResearchAreas))];
        IReadOnlyList<FitArg> terms = [new TermsArg(positions.Text.SharedWords(q, researchers.Text, r, SharedTermsShown, market.Text.Terms))];
        var drafts = Drafts();
        var n = 0;
        for (var i = 0; i < T.Count; i++)
        {
            if (w[i] == 0)
                continue;
            var researcherSlot = i < T.FirstPositionSlot;
            var contribution = (researcherSlot ? researcherShare / weights.ResearcherSide : positionShare / weights.PositionSide) * w[i] * v[i];
            IReadOnlyList<FitArg> args = i switch
            {
                T.ResearcherArea or T.PositionArea => areas,
                T.ResearcherCluster => positions.ClusterArgs[q] ??= position.ClusterKey is { } cluster
                    ? [new CodesArg(FitCodeKind.Cluster, cluster), new NumberArg("remote", position.Remote ? 1 : 0)]
                    : [new NumberArg("remote", position.Remote ? 1 : 0)],
                T.ResearcherType => cache.Args(ArgKinds.PositionType, positions.Type[q], 0, position.Type,
                    static type => [new TalentCodesArg(TalentCodesArg.PositionType, [type])]),
                T.ResearcherText or T.PositionText => terms,
                T.ResearcherFreshness => positions.DaysArgs[q] ??= [new NumberArg("days", positions.DaysOld[q])],
                T.PositionSkills => [new TalentCodesArg(TalentCodesArg.Skill, Shared(researcher.Skills, (IReadOnlyCollection<string>)position.Skills))],
                T.PositionRequirements => Requirements(researcher, position),
                _ => [],
            };
            drafts[n++] = new FactorDraft(researcherSlot ? MatchSide.Researcher : MatchSide.Position, T.Codes[i], contribution, v[i], w[i], args);
        }
        if (fb.MovesScores)
        {
            var evaluation = fb.Evaluate(researcherViews ? positions.Tags[q] : researchers.Tags[r], weights);
            score += evaluation.Term;
            n = AddFeedbackFactors(drafts, n, viewer, fb, evaluation, weights);
        }
        return Build(researcherViews ? position.Id : researcher.Id, score, drafts, n, TalentRulesPassed(researchers, r, positions, q, viewer));
    }

    private static IReadOnlyList<FitArg> Requirements(ResearcherCandidate researcher, PositionCandidate position)
    {
        if (position.MinDegree is null && position.MinYearsExperience is null)
            return [];
        var args = new List<FitArg>(3);
        if (position.MinDegree is { } min)
            args.Add(new TalentCodesArg(TalentCodesArg.Degree, researcher.Degree is { } d ? [min, d] : [min]));
        if (position.MinYearsExperience is { } years)
        {
            args.Add(new NumberArg("min-years", years));
            if (researcher.YearsExperience is { } has)
                args.Add(new NumberArg("years", has));
        }
        return args;
    }

    /// <summary>
    /// The talent rules a pair passed, in <see cref="TalentRules.All"/>'s order. The lists repeat (a
    /// position's deadline, the researcher's visibility and type and location answers), so each
    /// distinct list is made once per position and shared.
    /// </summary>
    private static RuleOutcome[] TalentRulesPassed(ResearcherIndex researchers, int r, PositionIndex positions, int q, MatchSide viewer)
    {
        var location = T.LocationReason(researchers, r, positions, q);
        // Variant: viewer (2) × visibility (2) × any type (2) × location reason (4).
        var variant = ((viewer == MatchSide.Position ? 1 : 0) * 2 + (researchers.Visibility[r] == ResearcherIndex.Public ? 0 : 1)) * 8
            + (researchers.Types[r].Length == 0 ? 0 : 4) + location;
        var lists = positions.RuleLists[q] ??= new RuleOutcome[]?[32];
        return lists[variant] ??= TalentRulesOf(researchers, r, positions, q, viewer, location);
    }

    /// <summary>
    /// The rules' outcomes come from the market's cache: a position's deadline, its type and cluster,
    /// and every argument-free reason are one instance each however many positions and variants share
    /// them (a market of 50,000 positions otherwise holds hundreds of thousands of equal outcomes).
    /// </summary>
    private static RuleOutcome[] TalentRulesOf(ResearcherIndex researchers, int r, PositionIndex positions, int q, MatchSide viewer, int location)
    {
        var position = positions.Candidates[q];
        var cache = positions.Market.Cache;
        var rules = new RuleOutcome[viewer == MatchSide.Position ? 5 : 4];
        var n = 0;
        rules[n++] = position.Deadline is { } deadline
            ? cache.Outcome(TalentRules.PositionOpen, TalentReasons.OpenUntilDeadline, null, deadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture), deadline,
                static d => new RuleOutcome(TalentRules.PositionOpen, true, TalentReasons.OpenUntilDeadline, [new DateArg(d)]))
            : Plain(cache, TalentRules.PositionOpen, TalentReasons.OpenWithoutDeadline);
        if (viewer == MatchSide.Position)
            rules[n++] = Plain(cache, TalentRules.Visibility, researchers.Visibility[r] == ResearcherIndex.Public ? TalentReasons.ProfilePublic : TalentReasons.VerifiedPoster);
        var typeReason = researchers.Types[r].Length == 0 ? TalentReasons.AnyType : TalentReasons.TypeWanted;
        rules[n++] = cache.Outcome(TalentRules.PositionType, typeReason, null, position.Type, (typeReason, position.Type),
            static x => new RuleOutcome(TalentRules.PositionType, true, x.typeReason, [new TalentCodesArg(TalentCodesArg.PositionType, [x.Type])]));
        var (locationReason, cluster) = location switch
        {
            TalentScoring.InDesiredCluster => (TalentReasons.InDesiredCluster, position.ClusterKey!),
            TalentScoring.RemotePosition => (TalentReasons.RemotePosition, null),
            TalentScoring.AnyLocation => (TalentReasons.AnyLocation, null),
            _ => (TalentReasons.OpenToRelocation, position.ClusterKey),
        };
        rules[n++] = cluster is null
            ? Plain(cache, TalentRules.Location, locationReason)
            : cache.Outcome(TalentRules.Location, locationReason, FitCodeKind.Cluster, cluster, (locationReason, cluster),
                static x => new RuleOutcome(TalentRules.Location, true, x.locationReason, [new CodesArg(FitCodeKind.Cluster, x.cluster)]));
        rules[n] = Plain(cache, TalentRules.NotDismissed, TalentReasons.NotDismissed);
        return rules;
    }

    /// <summary>A passed rule whose reason names nothing.</summary>
    private static RuleOutcome Plain(ExplanationCache cache, string rule, string reason) =>
        cache.Outcome(rule, reason, null, null, (rule, reason), static x => new RuleOutcome(x.rule, true, x.reason, []));
}
