using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;

namespace Marketplace.UnitTests.Matching;

/// <summary>Reciprocity, text similarity in both languages, the ticket rule at its bounds, and the rounding rule.</summary>
public sealed class MatchingBehaviourTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    private static readonly CurrencyTable Rates = new(new Dictionary<string, decimal> { ["USD"] = 1m, ["CNY"] = 7.1m, ["XTS"] = 3m });

    private static readonly MandateSnapshot AnyMandate = new(
        [], [], null, null, null, [], true, true, null, [], null, false);

    private static ProjectCandidate Project(string? en = null, string? zh = null, string cluster = "hangzhou", long amount = 5_000_000, string currency = "USD",
        string[]? sectors = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "seed", amount, currency, sectors ?? ["healthcare"], cluster, [], ModerationState.Published,
            new LocalizedText(en, zh), LocalizedText.Empty, Now.AddDays(-3), Now.AddDays(-3));

    private static FundCandidate Fund(MandateSnapshot? mandate = null, string? en = null, string? zh = null, string? home = null,
        int? capacity = null, int inbox = 0) =>
        new(Guid.NewGuid(), mandate ?? AnyMandate, home, new LocalizedText(en, zh), capacity, inbox);

    [Fact]
    public void Chinese_is_segmented_by_jieba_from_the_dictionary_copied_beside_the_tests()
    {
        Assert.Equal(TextAnalyzer.Jieba, TextAnalyzer.ChineseSegmentation);
        var terms = new List<string>();
        TextAnalyzer.Tokenize("我们用计算机视觉为医院提供医学影像诊断", terms);
        Assert.Contains("计算机", terms);
        Assert.Contains("医院", terms);
        Assert.DoesNotContain("的", terms);
        terms.Clear();
        TextAnalyzer.Tokenize("The models of the Hospitals, in 2026: LLM-based diagnosis", terms);
        Assert.Equal(["model", "hospital", "llm", "based", "diagnosis"], terms);
    }

    [Fact]
    public void A_Chinese_project_matches_a_Chinese_fund_on_its_topic_better_than_an_unrelated_one()
    {
        var project = Project(zh: "我们用人工智能分析医学影像，帮助医院医生更早诊断肺癌");
        var medical = Fund(zh: "专注医疗人工智能：医学影像、辅助诊断和医院信息化");
        var logistics = Fund(zh: "专注物流科技：仓储机器人、干线运输和配送路线优化");
        var market = FundProjectMarket.Build([medical, logistics], [project], Rates, Now);

        var list = MatchingEngine.ScoreProjects([project], market.Funds, 2).Single();

        Assert.Equal([medical.Id, logistics.Id], list.Items.Select(i => i.CandidateId));
        double Text(Recommendation r) => r.Factors.First(f => f.Code == FactorCodes.Text).Value;
        Assert.True(Text(list.Items[0]) > 0.1 && Text(list.Items[1]) < Text(list.Items[0]) / 2, $"{Text(list.Items[0])} vs {Text(list.Items[1])}");
        var shared = list.Items[0].Factors.First(f => f.Code == FactorCodes.Text).Arguments.OfType<TermsArg>().Single().Terms;
        Assert.Contains("医学影像", shared);
    }

    [Fact]
    public void An_English_project_matches_an_English_fund_on_its_topic_better_than_an_unrelated_one()
    {
        var project = Project(en: "Computer vision for hospitals: our models read medical images and flag early lung cancer");
        var medical = Fund(en: "We back medical AI: imaging, diagnosis support and software for hospitals");
        var fintech = Fund(en: "We back fintech: payments, credit risk scoring and insurance distribution");
        var market = FundProjectMarket.Build([medical, fintech], [project], Rates, Now);

        var list = MatchingEngine.ScoreFunds([medical, fintech], market.Projects, 1);

        double Text(MatchList l) => l.Items.Single().Factors.First(f => f.Code == FactorCodes.Text).Value;
        Assert.True(Text(list[0]) > 0.1, $"medical fund's text similarity {Text(list[0])}");
        Assert.Equal(0, Text(list[1]));
        Assert.Contains("hospital", list[0].Items.Single().Factors.First(f => f.Code == FactorCodes.Text).Arguments.OfType<TermsArg>().Single().Terms);
    }

    [Fact]
    public void Reciprocity_puts_a_fund_the_founder_wants_above_one_that_only_wants_the_founder()
    {
        var project = Project(en: "medical imaging diagnosis", cluster: "hangzhou");
        // Eager: exactly the project's sector and cluster, the amount mid-range, the same words; but far away
        // (home London, so it names no cluster the founder is in) and its inbox is full this week.
        var eager = Fund(AnyMandate with { Sectors = ["healthcare", "fintech", "logistics", "energy", "retail"], Stages = ["seed"], TicketMin = 1_000_000, TicketMax = 25_000_000, TicketCurrency = "USD" },
            en: "medical imaging diagnosis", home: "london", capacity: 10, inbox: 10);
        // Willing: takes any sector and stage, no range; but it is in Hangzhou and answers (empty inbox).
        var willing = Fund(AnyMandate, en: "medical imaging diagnosis", home: "hangzhou", capacity: 10, inbox: 0);

        var reciprocal = FundProjectMarket.Build([eager, willing], [project], Rates, Now);
        var oneSided = FundProjectMarket.Build([eager, willing], [project], Rates, Now,
            MatchingWeights.Default with { ProjectSectorFocus = 0, ProjectCluster = 0, ProjectCapacity = 0, ProjectText = 0 });

        Recommendation For(FundProjectMarket market, FundCandidate fund) =>
            MatchingEngine.Explain(market, fund, project, MatchSide.Project) ?? throw new InvalidOperationException();

        // The fund side alone ranks the eager fund first ...
        Assert.True(For(oneSided, eager).Score > For(oneSided, willing).Score);
        Assert.Equal([eager.Id, willing.Id], MatchingEngine.ScoreProjects([project], oneSided.Funds, 2).Single().Items.Select(i => i.CandidateId));
        // ... both sides' wants rank the willing one first, and the founder's own factors say why.
        Assert.Equal([willing.Id, eager.Id], MatchingEngine.ScoreProjects([project], reciprocal.Funds, 2).Single().Items.Select(i => i.CandidateId));
        var eagerWhy = For(reciprocal, eager);
        Assert.Equal(0, eagerWhy.Factors.Single(f => f.Side == MatchSide.Project && f.Code == FactorCodes.Capacity).Value);
        Assert.All(eagerWhy.Factors, f => Assert.Contains(f.Side, new[] { MatchSide.Fund, MatchSide.Project }));
        MatchingPropertyTests.AssertAddsUp(eagerWhy);
    }

    [Fact]
    public void A_ticket_bound_reached_only_after_conversion_is_in_and_one_unit_past_it_is_out_like_MandateFit()
    {
        // CNY 35,500,000 is exactly USD 5,000,000 at 7.1; XTS 15,000,000 exactly USD 5,000,000 at 3.
        var mandate = AnyMandate with { TicketMin = 5_000_000, TicketMax = 5_000_000, TicketCurrency = "USD" };
        var fund = Fund(mandate);
        var projects = new[]
        {
            Project(amount: 35_500_000, currency: "CNY"), Project(amount: 35_499_999, currency: "CNY"), Project(amount: 35_500_001, currency: "CNY"),
            Project(amount: 15_000_000, currency: "XTS"), Project(amount: 15_000_001, currency: "XTS"), Project(amount: 5_000_000, currency: "EUR"),
        };
        var market = FundProjectMarket.Build([fund], projects, Rates, Now);

        var list = MatchingEngine.ScoreFunds([fund], market.Projects, 10).Single();

        var expected = projects.Where(p => MandateFit.Evaluate(mandate, p.Deal, Rates).Fits).Select(p => p.Id).ToHashSet();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, list.Items.Select(i => i.CandidateId).ToHashSet());
        Assert.All(list.Items, i => Assert.Contains(i.Rules, r => r.Rule == FitRules.Ticket && r.Reason == FitReasons.TicketInRange));
    }

    [Fact]
    public void A_guidance_fund_lists_a_relocating_startup_with_the_reason_it_passed()
    {
        var mandate = AnyMandate with
        {
            GuidanceRule = GuidanceRuleCodes.Reinvestment, GuidanceRegions = ["beijing"], ReinvestmentRatio = 1.5m, AcceptsRelocation = true,
            TargetClusterKeys = ["beijing"], OpenToOtherClusters = false,
        };
        var fund = Fund(mandate);
        var relocating = Project(cluster: "hangzhou") with { RelocationClusterKeys = ["beijing"] };
        var staying = Project(cluster: "hangzhou");
        var market = FundProjectMarket.Build([fund], [relocating, staying], Rates, Now);

        var item = MatchingEngine.ScoreFunds([fund], market.Projects, 10).Single().Items.Single();

        Assert.Equal(relocating.Id, item.CandidateId);
        Assert.Contains(item.Rules, r => r.Rule == FitRules.GuidanceRegion && r.Reason == FitReasons.MeetsReinvestmentByRelocation);
        Assert.Contains(item.Rules, r => r.Rule == FitRules.Cluster && r.Reason == FitReasons.RelocatingToTargetCluster);
    }

    [Fact]
    public void A_researcher_who_stays_in_Beijing_is_never_offered_an_on_site_job_elsewhere_but_sees_remote_and_Beijing_ones()
    {
        ResearcherCandidate Researcher(string[] desired, bool relocate) => new(
            Guid.NewGuid(), Marketplace.Domain.Researchers.ResearcherVisibility.Public, ["nlp"], ["python"], "phd", 5, desired, relocate, [],
            new LocalizedText("language models", null), LocalizedText.Empty);
        PositionCandidate Position(string? cluster, bool remote) => new(
            Guid.NewGuid(), PosterKind.Startup, Guid.NewGuid(), true, "full-time", ["nlp"], ["python"], null, null, cluster, remote, true, null,
            new LocalizedText("language models engineer", null), LocalizedText.Empty, Now.AddDays(-1));
        var stays = Researcher(["beijing"], relocate: false);
        var moves = Researcher(["beijing"], relocate: true);
        var anywhere = Researcher([], relocate: false);
        var shanghai = Position("shanghai", remote: false);
        var beijing = Position("beijing", remote: false);
        var remote = Position(null, remote: true);
        var market = TalentMarket.Build([stays, moves, anywhere], [shanghai, beijing, remote], Now);

        var lists = MatchingEngine.ScoreResearchers([stays, moves, anywhere], market.Positions, 10).ToDictionary(l => l.SubjectId);
        string Reason(Guid researcher, Guid position) =>
            lists[researcher].Items.Single(i => i.CandidateId == position).Rules.Single(r => r.Rule == TalentRules.Location).Reason;

        Assert.Equal(new[] { beijing.Id, remote.Id }.Order(), lists[stays.Id].Items.Select(i => i.CandidateId).Order());
        Assert.Equal(TalentReasons.InDesiredCluster, Reason(stays.Id, beijing.Id));
        Assert.Equal(TalentReasons.RemotePosition, Reason(stays.Id, remote.Id));
        Assert.Equal(TalentReasons.OpenToRelocation, Reason(moves.Id, shanghai.Id));
        Assert.Equal(TalentReasons.AnyLocation, Reason(anywhere.Id, shanghai.Id));
        // The poster of the Shanghai job does not see the researcher who stays either, and Explain refuses the pair.
        var forShanghai = MatchingEngine.ScorePositions([shanghai], market.Researchers, 10).Single();
        Assert.Equal(new[] { moves.Id, anywhere.Id }.Order(), forShanghai.Items.Select(i => i.CandidateId).Order());
        Assert.Null(MatchingEngine.Explain(market, stays, shanghai, MatchSide.Researcher));
        Assert.Null(MatchingEngine.Explain(market, stays, shanghai, MatchSide.Position));
    }

    [Fact]
    public void A_closed_fund_an_unpublished_project_and_an_unknown_guidance_rule_get_and_give_nothing()
    {
        var closed = Fund(AnyMandate with { OpenToNewDeals = false });
        var odd = Fund(AnyMandate with { GuidanceRule = "lottery" });
        var open = Fund();
        var draft = Project() with { State = ModerationState.Draft };
        var published = Project();
        var market = FundProjectMarket.Build([closed, odd, open], [draft, published], Rates, Now);

        var lists = MatchingEngine.ScoreFunds([closed, odd, open], market.Projects, 5);
        Assert.Empty(lists[0].Items);
        Assert.Empty(lists[1].Items);
        Assert.Equal([published.Id], lists[2].Items.Select(i => i.CandidateId));
        Assert.Empty(MatchingEngine.ScoreProjects([draft], market.Funds, 5).Single().Items);
        Assert.Equal([open.Id], MatchingEngine.ScoreProjects([published], market.Funds, 5).Single().Items.Select(i => i.CandidateId));
    }

    [Theory]
    [InlineData(0.3333335, new[] { 0.1111111, 0.1111112, 0.1111112 })]
    [InlineData(0.9999995, new[] { 0.4999997, 0.4999998 })]
    [InlineData(0.05, new[] { 0.0733333, -0.0233333 })]
    [InlineData(0, new[] { 0d, 0d })]
    public void Contributions_are_apportioned_so_they_sum_to_the_rounded_score(double score, double[] parts)
    {
        var rounded = ScoreRounding.Apportion(score, parts);
        Assert.Equal(ScoreRounding.Round(score), rounded.Sum());
        for (var i = 0; i < parts.Length; i++)
            Assert.InRange((double)rounded[i] - parts[i], -0.000001, 0.000001);
    }
}
