using Marketplace.Application.Funds.Pipeline;
using Marketplace.Application.Notifications;

namespace Marketplace.UnitTests.Application;

public sealed class ReinvestmentLedgerTests
{
    private static readonly string[] Beijing = ["beijing"];

    [Theory]
    [InlineData("beijing", new string[0], false, RegionStanding.InRegion)]
    [InlineData("beijing", new[] { "shenzhen" }, true, RegionStanding.InRegion)]
    [InlineData("hangzhou", new[] { "beijing" }, true, RegionStanding.ByRelocation)]
    [InlineData("hangzhou", new[] { "shanghai", "beijing" }, true, RegionStanding.ByRelocation)]
    [InlineData("hangzhou", new[] { "beijing" }, false, RegionStanding.Outside)]
    [InlineData("hangzhou", new[] { "shenzhen" }, true, RegionStanding.Outside)]
    [InlineData("hangzhou", new string[0], true, RegionStanding.Outside)]
    public void Should_count_a_company_in_the_region_or_committed_to_relocate_there_when_the_fund_accepts_it(
        string cluster, string[] relocateTo, bool acceptsRelocation, RegionStanding expected) =>
        Assert.Equal(expected, ReinvestmentLedger.Classify(cluster, relocateTo, Beijing, acceptsRelocation));

    [Fact]
    public void Should_count_nothing_in_a_region_the_fund_does_not_have() =>
        Assert.Equal(RegionStanding.Outside, ReinvestmentLedger.Classify("beijing", ["beijing"], [], acceptsRelocation: true));

    [Fact]
    public void Should_read_region_keys_exactly() =>
        Assert.Equal(RegionStanding.Outside, ReinvestmentLedger.Classify("Beijing", [], Beijing, acceptsRelocation: false));

    [Theory]
    [InlineData("DueDiligence", true)]
    [InlineData("Passed", true)]
    [InlineData("duediligence", false)]
    [InlineData("3", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Should_read_only_stage_names_as_they_are_written(string? text, bool valid) =>
        Assert.Equal(valid, DealStages.TryParse(text, out _));

    [Fact]
    public void Should_show_a_localized_notification_argument_by_its_resource_and_leave_plain_text_alone()
    {
        Assert.Equal("Valuation", NotificationArguments.Read(NotificationArguments.Localized("PassReason.valuation")));
        Assert.Equal("PassReason.valuation", NotificationArguments.Read("PassReason.valuation"));
    }
}
