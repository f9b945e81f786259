using System.Globalization;
using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;

namespace Marketplace.UnitTests.Funds;

/// <summary>
/// Every rule of <see cref="MandateFit"/> on its own and in combination: what passes, what fails,
/// the reason each one gives and what it names, currencies through the reference rates included.
/// </summary>
public sealed class MandateFitTests
{
    /// <summary>Units per US dollar. XTS and XTT are test currencies whose rate (3) does not divide amounts evenly.</summary>
    private static readonly CurrencyTable Rates = new(new Dictionary<string, decimal>
    {
        ["USD"] = 1m,
        ["CNY"] = 7.1m,
        ["JPY"] = 150m,
        ["XTS"] = 3m,
        ["XTT"] = 3m,
    });

    /// <summary>A mandate that restricts nothing; tests set the rules they are about.</summary>
    private static readonly MandateSnapshot Open = new(
        Stages: [], Sectors: [], TicketMin: null, TicketMax: null, TicketCurrency: null,
        TargetClusterKeys: [], OpenToOtherClusters: true, OpenToNewDeals: true,
        GuidanceRule: null, GuidanceRegions: [], ReinvestmentRatio: null, AcceptsRelocation: false);

    /// <summary>A published seed round of CNY 35,500,000 (USD 5,000,000 at 7.1) by a Hangzhou healthcare and AI-chip startup.</summary>
    private static readonly DealSnapshot Deal = new(
        Stage: "seed", Amount: 35_500_000, Currency: "CNY", Sectors: ["healthcare", "ai-chips"],
        ClusterKey: "hangzhou", RelocationClusterKeys: [], State: ModerationState.Published);

    private static FitResult Fit(MandateSnapshot mandate, DealSnapshot? deal = null) => MandateFit.Evaluate(mandate, deal ?? Deal, Rates);

    private static RuleOutcome Outcome(MandateSnapshot mandate, string rule, DealSnapshot? deal = null) => Fit(mandate, deal).For(rule);

    private static CodesArg Clusters(params string[] keys) => new(FitCodeKind.Cluster, keys);

    // ---- A mandate that restricts nothing

    [Fact]
    public void An_open_mandate_fits_a_published_project_and_says_every_rule_passed_without_restricting()
    {
        var result = Fit(Open);

        Assert.True(result.Fits);
        Assert.Empty(result.Failures);
        Assert.Equal(FitRules.All, result.Outcomes.Select(o => o.Rule));
        Assert.Equal(
            [FitReasons.ProjectPublished, FitReasons.FundOpen, FitReasons.AnyStage, FitReasons.NoTicketRange,
             FitReasons.AnySector, FitReasons.AnyCluster, FitReasons.NoRegionRule],
            result.Outcomes.Select(o => o.Reason));
        Assert.Equal([true, true, false, false, false, false, false], result.Outcomes.Select(o => o.Restricts));
        Assert.Equal([Clusters("hangzhou")], result.For(FitRules.Cluster).Arguments);
    }

    // ---- The project

    [Theory]
    [InlineData(ModerationState.Draft)]
    [InlineData(ModerationState.Submitted)]
    [InlineData(ModerationState.Rejected)]
    [InlineData(ModerationState.ChangesRequested)]
    public void A_project_not_published_does_not_fit(ModerationState state)
    {
        var result = Fit(Open, Deal with { State = state });

        Assert.False(result.Fits);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(new RuleOutcome(FitRules.Project, false, FitReasons.ProjectNotPublished, []), failure);
    }

    [Fact]
    public void A_closed_project_does_not_fit()
    {
        var failure = Assert.Single(Fit(Open, Deal with { State = ModerationState.Closed }).Failures);
        Assert.Equal(FitReasons.ProjectClosed, failure.Reason);
    }

    // ---- Open to new deals

    [Fact]
    public void A_fund_closed_to_new_deals_fits_nothing()
    {
        var result = Fit(Open with { OpenToNewDeals = false });

        Assert.False(result.Fits);
        Assert.Equal(new RuleOutcome(FitRules.OpenToNewDeals, false, FitReasons.FundClosed, []), Assert.Single(result.Failures));
    }

    // ---- Stage

    [Fact]
    public void A_stage_in_the_mandate_passes_and_names_it()
    {
        var outcome = Outcome(Open with { Stages = ["seed", "series-a"] }, FitRules.Stage);

        Assert.Equal(new RuleOutcome(FitRules.Stage, true, FitReasons.StageInMandate, [new CodesArg(FitCodeKind.Stage, "seed")]), outcome);
        Assert.True(outcome.Restricts);
    }

    [Fact]
    public void A_stage_not_in_the_mandate_fails_naming_the_stage_and_the_mandates_stages_in_product_order()
    {
        var result = Fit(Open with { Stages = ["series-b", "series-a"] });

        Assert.False(result.Fits);
        Assert.Equal(
            new RuleOutcome(FitRules.Stage, false, FitReasons.StageNotInMandate,
                [new CodesArg(FitCodeKind.Stage, "seed"), new CodesArg(FitCodeKind.Stage, ["series-a", "series-b"])]),
            Assert.Single(result.Failures));
    }

    // ---- Ticket, same currency

    [Theory]
    [InlineData(5_000_000, 10_000_000, 5_000_000, FitReasons.TicketInRange)] // at the minimum
    [InlineData(5_000_000, 10_000_000, 10_000_000, FitReasons.TicketInRange)] // at the maximum
    [InlineData(5_000_000, 10_000_000, 7_000_000, FitReasons.TicketInRange)]
    [InlineData(5_000_000, 10_000_000, 4_999_999, FitReasons.TicketBelowMinimum)]
    [InlineData(5_000_000, 10_000_000, 10_000_001, FitReasons.TicketAboveMaximum)]
    public void The_amount_sought_is_compared_with_the_ticket_range_bounds_included(long min, long max, long amount, string reason)
    {
        var outcome = Outcome(Open with { TicketMin = min, TicketMax = max, TicketCurrency = "USD" }, FitRules.Ticket,
            Deal with { Amount = amount, Currency = "USD" });

        Assert.Equal(reason, outcome.Reason);
        Assert.Equal(reason == FitReasons.TicketInRange, outcome.Passed);
        Assert.Equal(new SoughtArg(amount, "USD", null, null), outcome.Arguments[0]);
    }

    [Fact]
    public void A_failed_ticket_names_the_bound_it_missed()
    {
        var mandate = Open with { TicketMin = 5_000_000, TicketMax = 10_000_000, TicketCurrency = "USD" };

        Assert.Equal(new MoneyArg(5_000_000, "USD"), Outcome(mandate, FitRules.Ticket, Deal with { Amount = 1, Currency = "USD" }).Arguments[1]);
        Assert.Equal(new MoneyArg(10_000_000, "USD"), Outcome(mandate, FitRules.Ticket, Deal with { Amount = 20_000_000, Currency = "USD" }).Arguments[1]);
        Assert.Equal(new RangeArg(5_000_000, 10_000_000, "USD"), Outcome(mandate, FitRules.Ticket, Deal with { Amount = 6_000_000, Currency = "USD" }).Arguments[1]);
    }

    [Fact]
    public void Either_bound_alone_is_a_range()
    {
        var atLeast = Open with { TicketMin = 1_000_000, TicketCurrency = "USD" };
        var upTo = Open with { TicketMax = 1_000_000, TicketCurrency = "USD" };

        Assert.True(Outcome(atLeast, FitRules.Ticket, Deal with { Amount = long.MaxValue / 100, Currency = "USD" }).Passed);
        Assert.Equal(FitReasons.TicketBelowMinimum, Outcome(atLeast, FitRules.Ticket, Deal with { Amount = 999_999, Currency = "USD" }).Reason);
        Assert.True(Outcome(upTo, FitRules.Ticket, Deal with { Amount = 1, Currency = "USD" }).Passed);
        Assert.Equal(FitReasons.TicketAboveMaximum, Outcome(upTo, FitRules.Ticket, Deal with { Amount = 1_000_001, Currency = "USD" }).Reason);
    }

    [Fact]
    public void Bounds_without_a_currency_or_a_currency_without_bounds_are_no_range()
    {
        Assert.Equal(FitReasons.NoTicketRange, Outcome(Open with { TicketMin = 1, TicketMax = 2 }, FitRules.Ticket).Reason);
        Assert.Equal(FitReasons.NoTicketRange, Outcome(Open with { TicketCurrency = "USD" }, FitRules.Ticket).Reason);
    }

    // ---- Ticket, across currencies

    [Theory]
    [InlineData(35_500_000, true, FitReasons.TicketInRange, 5_000_000)] // exactly the USD minimum at 7.1
    [InlineData(35_499_999, false, FitReasons.TicketBelowMinimum, 4_999_999)]
    [InlineData(71_000_000, true, FitReasons.TicketInRange, 10_000_000)] // exactly the USD maximum
    [InlineData(71_000_001, false, FitReasons.TicketAboveMaximum, 10_000_001)]
    public void A_yuan_project_is_compared_with_a_dollar_ticket_through_the_rates(long yuan, bool passes, string reason, long dollarsShown)
    {
        var outcome = Outcome(Open with { TicketMin = 5_000_000, TicketMax = 10_000_000, TicketCurrency = "USD" }, FitRules.Ticket,
            Deal with { Amount = yuan, Currency = "CNY" });

        Assert.Equal(passes, outcome.Passed);
        Assert.Equal(reason, outcome.Reason);
        // Shown rounded away from the missed bound: CNY 35,499,999 is USD 4,999,999.86, "about 4,999,999", not "about 5,000,000".
        Assert.Equal(new SoughtArg(yuan, "CNY", dollarsShown, "USD"), outcome.Arguments[0]);
    }

    [Fact]
    public void A_dollar_project_is_compared_with_a_yuan_ticket_too()
    {
        var mandate = Open with { TicketMin = 7_100_000, TicketMax = 71_000_000, TicketCurrency = "CNY" };

        Assert.True(Outcome(mandate, FitRules.Ticket, Deal with { Amount = 1_000_000, Currency = "USD" }).Passed);
        Assert.Equal(FitReasons.TicketBelowMinimum, Outcome(mandate, FitRules.Ticket, Deal with { Amount = 999_999, Currency = "USD" }).Reason);
        Assert.Equal(FitReasons.TicketAboveMaximum, Outcome(mandate, FitRules.Ticket, Deal with { Amount = 10_000_001, Currency = "USD" }).Reason);
    }

    [Fact]
    public void Two_currencies_neither_of_them_the_reference_convert_through_it()
    {
        // JPY 21,126,761 at 150 per dollar and 7.1 yuan per dollar is CNY 1,000,000.02; one yen less is CNY 999,999.97.
        var mandate = Open with { TicketMin = 1_000_000, TicketCurrency = "CNY" };

        Assert.True(Outcome(mandate, FitRules.Ticket, Deal with { Amount = 21_126_761, Currency = "JPY" }).Passed);
        Assert.False(Outcome(mandate, FitRules.Ticket, Deal with { Amount = 21_126_760, Currency = "JPY" }).Passed);
    }

    [Fact]
    public void An_amount_exactly_at_a_bound_after_conversion_is_inside_even_when_dividing_by_the_rate_would_round_it_below()
    {
        // What a division would make of it: 7,000,000 / 3 × 3 = 6,999,999.99…, below the minimum.
        Assert.True(7_000_000m / 3m * 3m < 7_000_000m);
        var mandate = Open with { TicketMin = 7_000_000, TicketMax = 7_000_000, TicketCurrency = "XTT" };

        var outcome = Outcome(mandate, FitRules.Ticket, Deal with { Amount = 7_000_000, Currency = "XTS" });

        Assert.True(outcome.Passed);
        Assert.Equal(new SoughtArg(7_000_000, "XTS", 7_000_000, "XTT"), outcome.Arguments[0]);
    }

    [Fact]
    public void A_project_in_a_currency_without_a_rate_fails_with_its_own_reason_naming_the_currency()
    {
        var mandate = Open with { TicketMin = 1_000_000, TicketMax = 5_000_000, TicketCurrency = "USD" };

        var outcome = Outcome(mandate, FitRules.Ticket, Deal with { Amount = 2_000_000, Currency = "CHF" });

        Assert.Equal(
            new RuleOutcome(FitRules.Ticket, false, FitReasons.CurrencyWithoutRate,
                [new CodesArg(FitCodeKind.Currency, "CHF"), new RangeArg(1_000_000, 5_000_000, "USD")]),
            outcome);
    }

    [Fact]
    public void A_ticket_in_a_currency_without_a_rate_fails_naming_that_currency()
    {
        var outcome = Outcome(Open with { TicketMin = 1, TicketCurrency = "CHF" }, FitRules.Ticket);

        Assert.Equal(FitReasons.CurrencyWithoutRate, outcome.Reason);
        Assert.Equal(new CodesArg(FitCodeKind.Currency, "CHF"), outcome.Arguments[0]);
    }

    [Fact]
    public void The_same_currency_needs_no_rate()
    {
        var outcome = Outcome(Open with { TicketMin = 1_000_000, TicketCurrency = "CHF" }, FitRules.Ticket,
            Deal with { Amount = 1_000_000, Currency = "CHF" });

        Assert.True(outcome.Passed);
    }

    // ---- Sector

    [Fact]
    public void Any_one_startup_sector_in_the_mandate_is_enough_and_the_matching_ones_are_named()
    {
        var outcome = Outcome(Open with { Sectors = ["ai-chips", "robotics"] }, FitRules.Sector);

        Assert.Equal(new RuleOutcome(FitRules.Sector, true, FitReasons.SectorInMandate, [new CodesArg(FitCodeKind.Sector, ["ai-chips"])]), outcome);
    }

    [Fact]
    public void No_startup_sector_in_the_mandate_fails_naming_both_lists()
    {
        var outcome = Outcome(Open with { Sectors = ["robotics", "fintech"] }, FitRules.Sector);

        Assert.Equal(
            new RuleOutcome(FitRules.Sector, false, FitReasons.SectorNotInMandate,
                [new CodesArg(FitCodeKind.Sector, ["healthcare", "ai-chips"]), new CodesArg(FitCodeKind.Sector, ["robotics", "fintech"])]),
            outcome);
    }

    // ---- Cluster

    [Fact]
    public void A_startup_in_a_targeted_cluster_passes()
    {
        var outcome = Outcome(Open with { TargetClusterKeys = ["beijing", "hangzhou"], OpenToOtherClusters = false }, FitRules.Cluster);

        Assert.Equal(new RuleOutcome(FitRules.Cluster, true, FitReasons.ClusterTargeted, [Clusters("hangzhou")]), outcome);
    }

    [Fact]
    public void A_startup_elsewhere_passes_when_the_fund_is_open_to_other_clusters()
    {
        var outcome = Outcome(Open with { TargetClusterKeys = ["silicon-valley"], OpenToOtherClusters = true }, FitRules.Cluster);

        Assert.Equal(new RuleOutcome(FitRules.Cluster, true, FitReasons.OtherClusterAccepted, [Clusters("hangzhou")]), outcome);
    }

    [Fact]
    public void A_startup_elsewhere_fails_when_the_fund_is_not_open_to_other_clusters()
    {
        var result = Fit(Open with { TargetClusterKeys = ["silicon-valley", "montreal"], OpenToOtherClusters = false });

        Assert.Equal(
            new RuleOutcome(FitRules.Cluster, false, FitReasons.ClusterNotTargeted, [Clusters("hangzhou"), Clusters("silicon-valley", "montreal")]),
            Assert.Single(result.Failures));
    }

    [Fact]
    public void Relocating_to_a_targeted_cluster_counts_only_where_the_fund_counts_relocation()
    {
        var relocating = Deal with { RelocationClusterKeys = ["shenzhen", "beijing"] };
        var targetsBeijing = Open with { TargetClusterKeys = ["beijing"], OpenToOtherClusters = false };
        var reinvestment = targetsBeijing with { GuidanceRule = GuidanceRuleCodes.Reinvestment, GuidanceRegions = ["beijing"], ReinvestmentRatio = 1.5m };

        Assert.Equal(
            new RuleOutcome(FitRules.Cluster, true, FitReasons.RelocatingToTargetCluster, [Clusters("hangzhou"), Clusters("beijing")]),
            Outcome(reinvestment with { AcceptsRelocation = true }, FitRules.Cluster, relocating));
        Assert.Equal(FitReasons.ClusterNotTargeted, Outcome(reinvestment with { AcceptsRelocation = false }, FitRules.Cluster, relocating).Reason);
        Assert.Equal(FitReasons.ClusterNotTargeted, Outcome(targetsBeijing with { AcceptsRelocation = true }, FitRules.Cluster, relocating).Reason);
        Assert.Equal(FitReasons.ClusterNotTargeted,
            Outcome(reinvestment with { AcceptsRelocation = true, GuidanceRule = GuidanceRuleCodes.RegisteredInRegion }, FitRules.Cluster, relocating).Reason);
    }

    // ---- Region: registered-in-region

    private static readonly MandateSnapshot RegisteredInBeijing =
        Open with { GuidanceRule = GuidanceRuleCodes.RegisteredInRegion, GuidanceRegions = ["beijing", "tianjin"] };

    [Fact]
    public void Registered_in_region_passes_a_startup_in_one_of_the_regions()
    {
        var outcome = Outcome(RegisteredInBeijing, FitRules.GuidanceRegion, Deal with { ClusterKey = "tianjin" });

        Assert.Equal(new RuleOutcome(FitRules.GuidanceRegion, true, FitReasons.InRegion, [Clusters("tianjin")]), outcome);
        Assert.True(outcome.Restricts);
    }

    [Fact]
    public void Registered_in_region_fails_a_startup_outside_naming_the_regions()
    {
        var result = Fit(RegisteredInBeijing);

        Assert.Equal(
            new RuleOutcome(FitRules.GuidanceRegion, false, FitReasons.OutsideGuidanceRegion, [Clusters("hangzhou"), Clusters("beijing", "tianjin")]),
            Assert.Single(result.Failures));
    }

    [Fact]
    public void Registered_in_region_does_not_count_a_commitment_to_relocate_even_when_relocation_is_accepted()
    {
        var outcome = Outcome(RegisteredInBeijing with { AcceptsRelocation = true }, FitRules.GuidanceRegion,
            Deal with { RelocationClusterKeys = ["beijing"] });

        Assert.Equal(
            new RuleOutcome(FitRules.GuidanceRegion, false, FitReasons.RelocationNotAccepted, [Clusters("beijing"), Clusters("beijing", "tianjin")]),
            outcome);
    }

    // ---- Region: reinvestment

    private static readonly MandateSnapshot ReinvestInBeijing = Open with
    {
        GuidanceRule = GuidanceRuleCodes.Reinvestment, GuidanceRegions = ["beijing"], ReinvestmentRatio = 1.5m, AcceptsRelocation = true,
    };

    [Fact]
    public void Reinvestment_passes_a_startup_in_the_region()
    {
        Assert.Equal(
            new RuleOutcome(FitRules.GuidanceRegion, true, FitReasons.InRegion, [Clusters("beijing")]),
            Outcome(ReinvestInBeijing, FitRules.GuidanceRegion, Deal with { ClusterKey = "beijing" }));
    }

    [Fact]
    public void Reinvestment_passes_a_startup_committed_to_relocate_into_the_region_when_the_fund_accepts_relocation()
    {
        var result = Fit(ReinvestInBeijing, Deal with { RelocationClusterKeys = ["shenzhen", "beijing"] });

        Assert.True(result.Fits);
        Assert.Equal(
            new RuleOutcome(FitRules.GuidanceRegion, true, FitReasons.MeetsReinvestmentByRelocation, [Clusters("beijing")]),
            result.For(FitRules.GuidanceRegion));
    }

    [Fact]
    public void Reinvestment_fails_a_relocation_when_the_fund_does_not_accept_relocation()
    {
        var outcome = Outcome(ReinvestInBeijing with { AcceptsRelocation = false }, FitRules.GuidanceRegion,
            Deal with { RelocationClusterKeys = ["beijing"] });

        Assert.Equal(
            new RuleOutcome(FitRules.GuidanceRegion, false, FitReasons.RelocationNotAccepted, [Clusters("beijing"), Clusters("beijing")]),
            outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("shenzhen,shanghai")]
    public void Reinvestment_fails_a_startup_outside_the_region_that_is_not_moving_into_it(string relocation)
    {
        var outcome = Outcome(ReinvestInBeijing, FitRules.GuidanceRegion,
            Deal with { RelocationClusterKeys = relocation.Split(',', StringSplitOptions.RemoveEmptyEntries) });

        Assert.Equal(new RuleOutcome(FitRules.GuidanceRegion, false, FitReasons.OutsideGuidanceRegion, [Clusters("hangzhou"), Clusters("beijing")]), outcome);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(GuidanceRuleCodes.None)]
    public void No_region_rule_means_no_region_condition_whatever_regions_are_listed(string? rule)
    {
        var outcome = Outcome(Open with { GuidanceRule = rule, GuidanceRegions = ["beijing"] }, FitRules.GuidanceRegion);

        Assert.Equal(new RuleOutcome(FitRules.GuidanceRegion, true, FitReasons.NoRegionRule, []), outcome);
        Assert.False(outcome.Restricts);
    }

    [Fact]
    public void An_unknown_region_rule_is_a_programming_error_not_a_silent_pass() =>
        Assert.Throws<ArgumentException>(() => Fit(Open with { GuidanceRule = "registered-on-the-moon" }));

    // ---- Combinations

    [Fact]
    public void Every_failed_rule_is_named_at_once_in_the_rules_order()
    {
        var mandate = new MandateSnapshot(
            Stages: ["series-b"], Sectors: ["robotics"], TicketMin: 1_000_000, TicketMax: 2_000_000, TicketCurrency: "USD",
            TargetClusterKeys: ["beijing"], OpenToOtherClusters: false, OpenToNewDeals: false,
            GuidanceRule: GuidanceRuleCodes.Reinvestment, GuidanceRegions: ["beijing"], ReinvestmentRatio: 2m, AcceptsRelocation: false);

        var result = Fit(mandate, Deal with { State = ModerationState.Draft, RelocationClusterKeys = ["beijing"] });

        Assert.False(result.Fits);
        Assert.Equal(FitRules.All, result.Failures.Select(f => f.Rule));
        Assert.Equal(
            [FitReasons.ProjectNotPublished, FitReasons.FundClosed, FitReasons.StageNotInMandate, FitReasons.TicketAboveMaximum,
             FitReasons.SectorNotInMandate, FitReasons.ClusterNotTargeted, FitReasons.RelocationNotAccepted],
            result.Failures.Select(f => f.Reason));
    }

    /// <summary>The guidance fund of docs/import-format.md's example: Beijing only, reinvestment 1.5×, relocation counts.</summary>
    private static readonly MandateSnapshot BeijingGuidanceFund = new(
        Stages: ["seed", "series-a"], Sectors: ["ai-chips"], TicketMin: 5_000_000, TicketMax: 30_000_000, TicketCurrency: "CNY",
        TargetClusterKeys: ["beijing"], OpenToOtherClusters: false, OpenToNewDeals: true,
        GuidanceRule: GuidanceRuleCodes.Reinvestment, GuidanceRegions: ["beijing"], ReinvestmentRatio: 1.5m, AcceptsRelocation: true);

    private static readonly DealSnapshot ChipRound = Deal with { Amount = 20_000_000, Currency = "CNY" };

    [Fact]
    public void A_beijing_chip_startup_fits_the_beijing_guidance_fund_with_every_reason_given()
    {
        var result = Fit(BeijingGuidanceFund, ChipRound with { ClusterKey = "beijing" });

        Assert.True(result.Fits);
        Assert.Equal(
            [FitReasons.ProjectPublished, FitReasons.FundOpen, FitReasons.StageInMandate, FitReasons.TicketInRange,
             FitReasons.SectorInMandate, FitReasons.ClusterTargeted, FitReasons.InRegion],
            result.Outcomes.Select(o => o.Reason));
    }

    [Fact]
    public void A_hangzhou_chip_startup_committed_to_move_to_beijing_fits_the_beijing_guidance_fund_by_relocation()
    {
        var result = Fit(BeijingGuidanceFund, ChipRound with { RelocationClusterKeys = ["beijing"] });

        Assert.True(result.Fits);
        Assert.Equal(FitReasons.RelocatingToTargetCluster, result.For(FitRules.Cluster).Reason);
        Assert.Equal(FitReasons.MeetsReinvestmentByRelocation, result.For(FitRules.GuidanceRegion).Reason);
    }

    [Fact]
    public void A_hangzhou_chip_startup_staying_home_fails_the_beijing_guidance_fund_on_cluster_and_region_only()
    {
        var result = Fit(BeijingGuidanceFund, ChipRound);

        Assert.Equal([FitRules.Cluster, FitRules.GuidanceRegion], result.Failures.Select(f => f.Rule));
    }

    [Fact]
    public void The_same_fund_without_its_region_rule_takes_the_hangzhou_startup_when_open_to_other_clusters()
    {
        var result = Fit(BeijingGuidanceFund with { GuidanceRule = GuidanceRuleCodes.None, OpenToOtherClusters = true }, ChipRound);

        Assert.True(result.Fits);
        Assert.Equal(FitReasons.OtherClusterAccepted, result.For(FitRules.Cluster).Reason);
    }

    // ---- The snapshot of a fund

    [Fact]
    public void A_funds_snapshot_copies_its_mandate()
    {
        var fund = new Fund(new LocalizedText("Beijing AI Guidance Fund", null), "guidance");
        fund.DefineMandate(new Mandate(["ai-chips"], ["seed"], new TicketRange(1, 2, "CNY"), ["beijing"], openToOtherClusters: false, openToNewDeals: false,
            null, RegionRule.Reinvestment(["beijing"], 1.5m, acceptsRelocation: true)));

        var snapshot = MandateSnapshot.Of(fund);
        fund.MandateStages.Add("series-a");

        Assert.Equal(["seed"], snapshot.Stages);
        Assert.Equal(["ai-chips"], snapshot.Sectors);
        Assert.Equal((1L, 2L, "CNY"), (snapshot.TicketMin!.Value, snapshot.TicketMax!.Value, snapshot.TicketCurrency!));
        Assert.Equal(["beijing"], snapshot.TargetClusterKeys);
        Assert.False(snapshot.OpenToOtherClusters);
        Assert.False(snapshot.OpenToNewDeals);
        Assert.Equal("reinvestment", snapshot.GuidanceRule);
        Assert.Equal(["beijing"], snapshot.GuidanceRegions);
        Assert.Equal(1.5m, snapshot.ReinvestmentRatio);
        Assert.True(snapshot.AcceptsRelocation);
    }

    [Fact]
    public void Only_a_guidance_funds_snapshot_carries_a_region_rule()
    {
        // Left over from when it was typed as a guidance fund.
        var fund = new Fund(new LocalizedText("Valley Ventures", null), "guidance");
        fund.DefineMandate(new Mandate([], [], null, [], true, true, null, RegionRule.RegisteredInRegion(["beijing"])));
        fund.Describe(fund.Name, fund.Description, "venture-capital", null, null, null);

        Assert.Null(MandateSnapshot.Of(fund).GuidanceRule);
        Assert.True(Fit(MandateSnapshot.Of(fund)).Fits);
    }

    [Fact]
    public void Ticket_bounds_saved_without_a_currency_are_no_range_in_the_snapshot()
    {
        // A row written before the mandate checked its own rules (EF sets the private setters as this does).
        var fund = new Fund(new LocalizedText("Angel", null), "angel");
        typeof(Fund).GetProperty(nameof(Fund.TicketMin))!.SetValue(fund, 10L);
        typeof(Fund).GetProperty(nameof(Fund.TicketMax))!.SetValue(fund, 20L);

        var snapshot = MandateSnapshot.Of(fund);

        Assert.Null(snapshot.TicketMin);
        Assert.Null(snapshot.TicketMax);
        Assert.Equal(FitReasons.NoTicketRange, Fit(snapshot).For(FitRules.Ticket).Reason);
    }

    // ---- The reasons as text

    private static readonly FitVocabulary Names = new(
        new Dictionary<string, LocalizedText>
        {
            ["beijing"] = new("Beijing", "北京"),
            ["hangzhou"] = new("Hangzhou", "杭州"),
        },
        new Dictionary<string, LocalizedText> { ["ai-chips"] = new("AI chips", "AI 芯片") });

    private static string InCulture(string culture, Func<string> render)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return render();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    [Fact]
    public void A_stage_refusal_reads_as_a_sentence_in_both_languages()
    {
        var outcome = Outcome(Open with { Stages = ["series-b", "series-a"] }, FitRules.Stage);

        Assert.Equal("Stage Seed is not in the mandate (Series A, Series B).", InCulture("en", () => outcome.Text(Names)));
        Assert.Equal("融资阶段“种子轮”不在投资范围内（A 轮、B 轮）。", InCulture("zh-Hans", () => outcome.Text(Names)));
    }

    [Fact]
    public void A_ticket_refusal_shows_the_amount_sought_and_what_it_comes_to_in_the_tickets_currency()
    {
        var outcome = Outcome(Open with { TicketMin = 5_000_000, TicketCurrency = "USD" }, FitRules.Ticket, Deal with { Amount = 35_499_999 });

        Assert.Equal("Seeking CNY 35,499,999 (about USD 4,999,999), below the fund's minimum ticket of USD 5,000,000.",
            InCulture("en", () => outcome.Text(Names)));
        Assert.Equal("融资额 35,499,999 CNY（约合 4,999,999 USD），低于该基金的最低单笔投资额 5,000,000 USD。",
            InCulture("zh-Hans", () => outcome.Text(Names)));
    }

    [Fact]
    public void Ranges_with_one_bound_read_as_at_least_or_up_to()
    {
        var atLeast = Outcome(Open with { TicketMin = 1_000_000, TicketCurrency = "USD" }, FitRules.Ticket, Deal with { Currency = "USD" });
        var upTo = Outcome(Open with { TicketMax = 90_000_000, TicketCurrency = "CNY" }, FitRules.Ticket);

        Assert.Equal("Seeking USD 35,500,000, within the fund's ticket range (at least USD 1,000,000).", InCulture("en", () => atLeast.Text(Names)));
        Assert.Equal("融资额 35,500,000 CNY，在该基金的单笔投资额范围内（不超过 90,000,000 CNY）。", InCulture("zh-Hans", () => upTo.Text(Names)));
    }

    [Fact]
    public void Clusters_and_sectors_read_by_their_names_and_unknown_codes_as_themselves()
    {
        var relocation = Fit(BeijingGuidanceFund, ChipRound with { RelocationClusterKeys = ["beijing"] });

        Assert.Equal("Committed to relocate to Beijing: meets the reinvestment rule by relocation.",
            InCulture("en", () => relocation.For(FitRules.GuidanceRegion).Text(Names)));
        Assert.Equal("承诺迁往北京：以迁入方式满足返投要求。", InCulture("zh-Hans", () => relocation.For(FitRules.GuidanceRegion).Text(Names)));
        Assert.Equal("In the mandate's sectors: AI chips.", InCulture("en", () => relocation.For(FitRules.Sector).Text(Names)));
        var outside = Fit(Open with { TargetClusterKeys = ["atlantis"], OpenToOtherClusters = false });
        Assert.Equal("In Hangzhou, not a cluster the fund targets (atlantis).", InCulture("en", () => outside.For(FitRules.Cluster).Text(Names)));
    }

    [Fact]
    public void Every_reason_has_a_sentence_in_english_and_in_chinese()
    {
        var missing = new List<string>();
        foreach (var reason in FitReasons.All)
        {
            var en = InCulture("en", () => Text.Find("Fit." + reason) ?? "");
            var zh = InCulture("zh-Hans", () => Text.Find("Fit." + reason) ?? "");
            if (en.Length == 0 || zh.Length == 0 || en == zh)
                missing.Add(reason);
        }
        Assert.True(missing.Count == 0, "Reasons without both sentences: " + string.Join(", ", missing));
        Assert.Equal(26, FitReasons.All.Distinct().Count());
    }
}
