using Marketplace.Application.Matching.Kernel;
using Marketplace.Matching.Synthetic;

namespace Marketplace.UnitTests.Matching;

/// <summary>
/// The incremental job's merge: a changed fund's new pair merged into a project's stored list gives the
/// list a rebuilt market gives, wherever the stored list can know it (above its last entry when full).
/// </summary>
public sealed class RecommendationMergeTests
{
    private const int K = 20;

    [Fact]
    public void Rank_orders_by_score_then_by_id_and_keeps_k()
    {
        var a = new Guid("00000000-0000-0000-0000-00000000000a");
        var b = new Guid("00000000-0000-0000-0000-00000000000b");
        var c = new Guid("00000000-0000-0000-0000-00000000000c");
        var ranked = RecommendationMerge.Rank([(c, 0.5), (b, 0.9), (a, 0.5)], e => e.Item1, e => e.Item2, 2);
        Assert.Equal([b, a], ranked.Select(e => e.Item1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecommendationMerge.Rank([(a, 1.0)], e => e.Item1, e => e.Item2, 0));
    }

    [Theory]
    [InlineData(21)]
    public void A_changed_fund_merged_into_project_lists_gives_the_lists_of_a_rebuilt_market(int seed)
    {
        var data = new SyntheticMarket(seed);
        var projects = data.Projects(1500);
        var funds = data.Funds(250);
        var market = FundProjectMarket.Build(funds, projects, SyntheticMarket.Rates, SyntheticMarket.Now);
        var before = MatchingEngine.ScoreProjects(projects, market.Funds, K);
        var (merged, grown, shrunk) = (0, 0, 0);
        foreach (var fund in funds.Where(f => f.Mandate.OpenToNewDeals).Take(6))
        {
            // Twice: any stage and ticket (lists gain the fund), then nothing but pre-IPO rounds (lists lose it).
            foreach (var mandate in new[]
                     {
                         fund.Mandate with { Stages = [], TicketMin = null, TicketMax = null, TargetClusterKeys = [] },
                         fund.Mandate with { Stages = ["pre-ipo"] },
                     })
            {
                var changed = fund with { Mandate = mandate };
                // The description is unchanged, as the job requires: the text model stays the market's.
                var rebuilt = FundProjectMarket.Build([.. funds.Select(f => f.Id == fund.Id ? changed : f)], projects, SyntheticMarket.Rates, SyntheticMarket.Now);
                var after = MatchingEngine.ScoreProjects(projects, rebuilt.Funds, K);
                for (var i = 0; i < projects.Count; i++)
                {
                    var old = before[i].Items;
                    var fresh = MatchingEngine.Explain(market, changed, projects[i], MatchSide.Project);
                    var held = old.Any(r => r.CandidateId == fund.Id);
                    if (!held && fresh is null)
                        continue;
                    var list = RecommendationMerge.Rank(
                        old.Where(r => r.CandidateId != fund.Id).Concat(fresh is null ? [] : [fresh]), r => r.CandidateId, r => (double)r.Score, K);
                    var expected = after[i].Items;
                    // Candidates below a full stored list's last entry were never stored: above it, the merge is exact.
                    var cut = old.Count == K ? old[^1].Score : decimal.MinValue;
                    Assert.Equal(Ties(expected.Where(r => r.Score > cut)), Ties(list.Where(r => r.Score > cut)));
                    var oldScore = old.FirstOrDefault(r => r.CandidateId == fund.Id)?.Score;
                    if (fresh is not null && (oldScore is null || fresh.Score >= oldScore))
                    {
                        Assert.Equal(Ties(expected), Ties(list));
                        grown++;
                    }
                    else
                        shrunk++;
                    merged++;
                }
            }
        }
        // Both ways were exercised, on many lists.
        Assert.True(grown > 20 && shrunk > 20, $"{grown} lists gained or kept the fund, {shrunk} lost ground, of {merged}");
    }

    /// <summary>
    /// A list as its scores in order, each with the candidates that share it: the engine orders pairs whose
    /// rounded scores tie by their unrounded ones (which may differ in the last bit), the merge by id.
    /// </summary>
    private static List<(decimal Score, string Candidates)> Ties(IEnumerable<Recommendation> list) =>
        [.. list.GroupBy(r => r.Score).Select(g => (g.Key, string.Join(",", g.Select(r => r.CandidateId).Order())))];
}
