using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Researchers;
using Marketplace.Matching.Synthetic;

namespace Marketplace.UnitTests.Matching;

/// <summary>
/// Property checks over generated markets (fixed seeds): every top-k holds every hard rule, equals the
/// top-k of a brute-force pass over all pairs (so the indexes lose nothing), and explains its score
/// exactly.
/// </summary>
public sealed class MatchingPropertyTests
{
    private const int K = 10;

    /// <summary>
    /// With <paramref name="manyCodes"/>, a first project (by id) names 70 sectors and 70 clusters of its
    /// own, so the market's real codes get ids above 63 and the kernels take their exact-list paths
    /// instead of bit masks.
    /// </summary>
    [Theory]
    [InlineData(11, false)]
    [InlineData(12, false)]
    [InlineData(13, false)]
    [InlineData(14, true)]
    public void Fund_and_project_top_k_never_break_a_mandate_rule_and_equal_a_brute_force_pass(int seed, bool manyCodes)
    {
        var data = new SyntheticMarket(seed);
        var generated = data.Projects(900);
        if (manyCodes)
            generated.Add(generated[0] with
            {
                Id = new Guid("00000000-0000-0000-0000-000000000001"),
                State = Marketplace.Domain.Moderation.ModerationState.Published,
                Sectors = [.. Enumerable.Range(0, 70).Select(i => $"pad-sector-{i}")],
                ClusterKey = "pad-cluster",
                RelocationClusterKeys = [.. Enumerable.Range(0, 70).Select(i => $"pad-cluster-{i}")],
            });
        var market = FundProjectMarket.Build(data.Funds(120), generated, SyntheticMarket.Rates, SyntheticMarket.Now);
        var funds = market.Funds;
        var projects = market.Projects;

        var byFund = MatchingEngine.ScoreFunds(funds, 0, funds.Count, projects, K);
        var byProject = MatchingEngine.ScoreProjects(projects, 0, projects.Count, funds, K);

        var admissible = 0;
        var fundLists = byFund.ToDictionary(l => l.SubjectId);
        for (var f = 0; f < funds.Count; f++)
        {
            var fund = funds.Candidates[f];
            var expected = Enumerable.Range(0, projects.Count)
                .Where(p => MandateFit.Evaluate(fund.Mandate, projects.Candidates[p].Deal, SyntheticMarket.Rates).Fits)
                .Select(p => (Score: MatchingEngine.ScorePair(funds, f, projects, p), p))
                .ToList();
            admissible += expected.Count;
            Assert.All(expected, e => Assert.False(double.IsNaN(e.Score)));
            var top = expected.OrderByDescending(e => e.Score).ThenBy(e => e.p).Take(K).Select(e => projects.Candidates[e.p].Id);
            var list = fundLists[fund.Id];
            Assert.Equal(top, list.Items.Select(i => i.CandidateId));
            foreach (var item in list.Items)
            {
                var project = projects.Candidates[projects.IndexOf(item.CandidateId)];
                Assert.True(MandateFit.Evaluate(fund.Mandate, project.Deal, SyntheticMarket.Rates).Fits);
                AssertAddsUp(item);
                Assert.Equal(MandateFit.Evaluate(fund.Mandate, project.Deal, SyntheticMarket.Rates).Outcomes, item.Rules);
                Assert.Equal(ScoreRounding.Round(MatchingEngine.ScorePair(funds, f, projects, projects.IndexOf(item.CandidateId))), item.Score);
            }
        }
        // The generated market is neither empty nor trivial: thousands of admissible pairs out of the product.
        Assert.InRange(admissible, 2_000, funds.Count * projects.Count / 2);

        foreach (var list in byProject)
        {
            var p = projects.IndexOf(list.SubjectId);
            var project = projects.Candidates[p];
            var expected = Enumerable.Range(0, funds.Count)
                .Where(f => MandateFit.Evaluate(funds.Candidates[f].Mandate, project.Deal, SyntheticMarket.Rates).Fits)
                .Select(f => funds.Candidates[f].Id)
                .ToHashSet();
            Assert.All(list.Items, item => Assert.Contains(item.CandidateId, expected));
            Assert.Equal(Math.Min(K, expected.Count), list.Items.Count);
            Assert.All(list.Items, AssertAddsUp);
            Assert.Equal(list.Items.OrderByDescending(i => i.Score).Select(i => i.Score), list.Items.Select(i => i.Score));
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Researcher_and_position_top_k_never_break_a_talent_rule_and_equal_a_brute_force_pass(int seed)
    {
        var data = new SyntheticMarket(seed);
        var market = TalentMarket.Build(data.Researchers(700), data.Positions(250), SyntheticMarket.Now);
        var researchers = market.Researchers;
        var positions = market.Positions;
        var today = DateOnly.FromDateTime(SyntheticMarket.Now);

        bool Open(PositionCandidate q) => q.Open && (q.Deadline is null || q.Deadline >= today);
        bool TypeWanted(ResearcherCandidate r, PositionCandidate q) => r.PositionTypes.Count == 0 || r.PositionTypes.Contains(q.Type);
        bool SeenByPoster(ResearcherCandidate r, PositionCandidate q) =>
            ResearcherVisibility.CanSee(r.Visibility, isOwnerOrAdmin: false, viewerMayBrowse: true, viewerInVerifiedOrganisation: q.PosterVerified);
        // Remote, or in a desired cluster, or the researcher names none or would relocate (compared as strings, not as the index's codes).
        bool Located(ResearcherCandidate r, PositionCandidate q) =>
            q.Remote || r.DesiredClusterKeys.Count == 0 || r.OpenToRelocation || q.ClusterKey is { } c && r.DesiredClusterKeys.Contains(c);
        // The candidate rule of the indexes: a shared research area, or one side names none.
        bool Related(ResearcherCandidate r, PositionCandidate q) =>
            r.ResearchAreas.Count == 0 || q.ResearchAreas.Count == 0 || r.ResearchAreas.Intersect(q.ResearchAreas).Any();

        var byPosition = MatchingEngine.ScorePositions(positions, 0, positions.Count, researchers, K);
        var pairs = 0;
        foreach (var list in byPosition)
        {
            var q = positions.IndexOf(list.SubjectId);
            var position = positions.Candidates[q];
            var expected = Enumerable.Range(0, researchers.Count)
                .Where(r => Open(position) && TypeWanted(researchers.Candidates[r], position) && SeenByPoster(researchers.Candidates[r], position)
                    && Located(researchers.Candidates[r], position) && Related(researchers.Candidates[r], position))
                .Select(r => (Score: MatchingEngine.ScorePair(researchers, r, positions, q), r))
                .ToList();
            pairs += expected.Count;
            var top = expected.OrderByDescending(e => e.Score).ThenBy(e => e.r).Take(K).Select(e => researchers.Candidates[e.r].Id);
            Assert.Equal(top, list.Items.Select(i => i.CandidateId));
            foreach (var item in list.Items)
            {
                var researcher = researchers.Candidates[researchers.IndexOf(item.CandidateId)];
                Assert.True(Open(position) && TypeWanted(researcher, position) && SeenByPoster(researcher, position) && Located(researcher, position));
                Assert.NotEqual(ResearcherVisibility.Hidden, researcher.Visibility);
                Assert.Equal(TalentRules.All, item.Rules.Select(r => r.Rule));
                AssertAddsUp(item);
            }
        }
        Assert.InRange(pairs, 2_000, researchers.Count * positions.Count / 2);

        var byResearcher = MatchingEngine.ScoreResearchers(researchers, 0, researchers.Count, positions, K);
        var locations = new HashSet<string>();
        foreach (var list in byResearcher)
        {
            var researcher = researchers.Candidates[researchers.IndexOf(list.SubjectId)];
            var r = researchers.IndexOf(list.SubjectId);
            var expected = positions.Candidates.Where(q => Open(q) && TypeWanted(researcher, q) && Located(researcher, q) && Related(researcher, q)).Select(q => q.Id).ToHashSet();
            Assert.Equal(Math.Min(K, expected.Count), list.Items.Count);
            Assert.All(list.Items, item => Assert.Contains(item.CandidateId, expected));
            Assert.All(list.Items, AssertAddsUp);
            Assert.All(list.Items, item => Assert.DoesNotContain(TalentRules.Visibility, item.Rules.Select(r => r.Rule)));
            // The same top k as a brute-force pass.
            var top = Enumerable.Range(0, positions.Count).Where(q => expected.Contains(positions.Candidates[q].Id))
                .Select(q => (Score: MatchingEngine.ScorePair(researchers, r, positions, q, MatchSide.Researcher), q))
                .OrderByDescending(e => e.Score).ThenBy(e => e.q).Take(K).Select(e => positions.Candidates[e.q].Id);
            Assert.Equal(top, list.Items.Select(i => i.CandidateId));
            foreach (var item in list.Items)
            {
                var position = positions.Candidates[positions.IndexOf(item.CandidateId)];
                var location = item.Rules.Single(o => o.Rule == TalentRules.Location);
                Assert.Equal(ExpectedLocation(researcher, position), location.Reason);
                if (location.Reason == TalentReasons.InDesiredCluster)
                    Assert.Equal([new CodesArg(FitCodeKind.Cluster, position.ClusterKey!)], location.Arguments);
                locations.Add(location.Reason);
            }
        }
        // Every way of passing the location rule shows up in the generated market.
        Assert.Equal(4, locations.Count);
    }

    [Fact]
    public void A_dismissed_item_never_returns_and_lowers_look_alikes_while_a_saved_one_raises_them()
    {
        var data = new SyntheticMarket(31);
        var market = FundProjectMarket.Build(data.Funds(60), data.Projects(600), SyntheticMarket.Rates, SyntheticMarket.Now);
        var before = MatchingEngine.ScoreFunds(market.Funds, 0, market.Funds.Count, market.Projects, K);
        var withLists = before.Where(l => l.Items.Count >= 3).ToList();
        Assert.NotEmpty(withLists);

        // Every fund dismisses its first two recommendations and saves its third.
        var feedback = new FeedbackSet(withLists.SelectMany(l => new[]
        {
            new Feedback(MatchSide.Fund, l.SubjectId, l.Items[0].CandidateId, FeedbackKind.Dismissed, "not-our-sector"),
            new Feedback(MatchSide.Fund, l.SubjectId, l.Items[1].CandidateId, FeedbackKind.Dismissed),
            new Feedback(MatchSide.Fund, l.SubjectId, l.Items[2].CandidateId, FeedbackKind.Saved),
        }));
        var after = MatchingEngine.ScoreFunds(market.Funds, 0, market.Funds.Count, market.Projects, K, feedback).ToDictionary(l => l.SubjectId);
        // An unlimited k: the dismissed items are not just pushed down, they are gone.
        var everything = MatchingEngine.ScoreFunds(market.Funds, 0, market.Funds.Count, market.Projects, market.Projects.Count, feedback).ToDictionary(l => l.SubjectId);
        foreach (var l in withLists)
        {
            Assert.DoesNotContain(l.Items[0].CandidateId, everything[l.SubjectId].Items.Select(i => i.CandidateId));
            Assert.DoesNotContain(l.Items[1].CandidateId, everything[l.SubjectId].Items.Select(i => i.CandidateId));
            Assert.All(after[l.SubjectId].Items, AssertAddsUp);
            var saved = everything[l.SubjectId].Items.Single(i => i.CandidateId == l.Items[2].CandidateId);
            Assert.Contains(saved.Factors, f => f.Code == FactorCodes.SimilarToSaved && f.Contribution > 0 && f.Value == 1);
            // Feedback only adds its own terms: without them the score is what it was.
            var feedbackPart = saved.Factors.Where(f => f.Code is FactorCodes.SimilarToSaved or FactorCodes.SimilarToDismissed).Sum(f => f.Contribution);
            Assert.InRange(saved.Score - feedbackPart - l.Items[2].Score, -0.000002m, 0.000002m);
        }
        Assert.Contains(after.Values.SelectMany(l => l.Items), i => i.Factors.Any(f => f.Code == FactorCodes.SimilarToDismissed && f.Contribution < 0
            && f.Arguments.OfType<FeedbackArg>().Any(a => a.Reason == "not-our-sector")));

        // The same for a researcher dismissing positions.
        var talent = TalentMarket.Build(data.Researchers(300), data.Positions(200), SyntheticMarket.Now);
        var first = MatchingEngine.ScoreResearchers(talent.Researchers, 0, talent.Researchers.Count, talent.Positions, K).Where(l => l.Items.Count > 0).ToList();
        var dismissals = new FeedbackSet(first.Select(l => new Feedback(MatchSide.Researcher, l.SubjectId, l.Items[0].CandidateId, FeedbackKind.Dismissed, "location")));
        var again = MatchingEngine.ScoreResearchers(talent.Researchers, 0, talent.Researchers.Count, talent.Positions, talent.Positions.Count, dismissals)
            .ToDictionary(l => l.SubjectId);
        Assert.All(first, l => Assert.DoesNotContain(l.Items[0].CandidateId, again[l.SubjectId].Items.Select(i => i.CandidateId)));
        Assert.All(first, l => Assert.Null(MatchingEngine.Explain(talent,
            talent.Researchers.Candidates[talent.Researchers.IndexOf(l.SubjectId)],
            talent.Positions.Candidates[talent.Positions.IndexOf(l.Items[0].CandidateId)], MatchSide.Researcher, dismissals)));
    }

    [Fact]
    public void Chunks_and_single_subjects_get_the_same_lists_as_the_whole_pass()
    {
        var data = new SyntheticMarket(41);
        var market = FundProjectMarket.Build(data.Funds(50), data.Projects(500), SyntheticMarket.Rates, SyntheticMarket.Now);
        var whole = MatchingEngine.ScoreFunds(market.Funds, 0, market.Funds.Count, market.Projects, K);
        var chunks = Enumerable.Range(0, 5).SelectMany(c => MatchingEngine.ScoreFunds(market.Funds, c * 10, 10, market.Projects, K));
        Assert.Equal(Flatten(whole), Flatten(chunks));
        var single = MatchingEngine.ScoreFunds([market.Funds.Candidates[7]], market.Projects, K).Single();
        Assert.Equal(Flatten([whole[7]]), Flatten([single]));
    }

    /// <summary>The location rule's reason, the most telling first, from the candidates' own strings.</summary>
    private static string ExpectedLocation(ResearcherCandidate r, PositionCandidate q) =>
        q.ClusterKey is { } c && r.DesiredClusterKeys.Contains(c) ? TalentReasons.InDesiredCluster
        : q.Remote ? TalentReasons.RemotePosition
        : r.DesiredClusterKeys.Count == 0 ? TalentReasons.AnyLocation
        : TalentReasons.OpenToRelocation;

    private static IEnumerable<string> Flatten(IEnumerable<MatchList> lists) =>
        lists.SelectMany(l => l.Items.Select(i => $"{l.SubjectId} {i.CandidateId} {i.Score}"));

    internal static void AssertAddsUp(Recommendation item)
    {
        Assert.Equal(item.Score, item.Factors.Sum(f => f.Contribution));
        Assert.All(item.Factors, f => Assert.Equal(f.Contribution, decimal.Round(f.Contribution, ScoreRounding.Decimals)));
        Assert.All(item.Rules, r => Assert.True(r.Passed));
    }
}
