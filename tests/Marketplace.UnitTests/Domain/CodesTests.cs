using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;

namespace Marketplace.UnitTests.Domain;

public sealed class CodesTests
{
    [Theory]
    [InlineData("beijing")]
    [InlineData("silicon-valley")]
    [InlineData("series-c-plus")]
    [InlineData("a")]
    [InlineData("pre-ipo2")]
    public void Lowercase_words_joined_by_single_hyphens_are_well_formed(string code) => Assert.True(Codes.IsWellFormed(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Beijing")]
    [InlineData("silicon valley")]
    [InlineData("silicon_valley")]
    [InlineData("-seed")]
    [InlineData("seed-")]
    [InlineData("series--a")]
    [InlineData("北京")]
    [InlineData("café")]
    public void Anything_else_is_not(string? code) => Assert.False(Codes.IsWellFormed(code));

    [Fact]
    public void A_code_is_at_most_64_characters()
    {
        Assert.True(Codes.IsWellFormed(new string('a', 64)));
        Assert.False(Codes.IsWellFormed(new string('a', 65)));
    }

    [Fact]
    public void Every_shipped_code_is_well_formed_and_unique_in_its_list()
    {
        IReadOnlyList<string>[] lists =
        [
            Codes.Roles, Codes.SelfChosenRoles, Codes.ClusterModes, Codes.ReferenceClusters, Codes.Stages, Codes.Instruments,
            Codes.ListingStatuses, Codes.FundTypes, Codes.GuidanceRules, Codes.PositionTypes, Codes.Degrees, Codes.Visibilities,
            Codes.AffiliationTypes,
        ];
        Assert.All(lists.SelectMany(l => l), code => Assert.True(Codes.IsWellFormed(code), code));
        Assert.All(lists, list => Assert.Equal(list.Count, list.Distinct().Count()));
    }

    [Fact]
    public void Self_chosen_roles_are_roles_and_never_admin()
    {
        Assert.All(Codes.SelfChosenRoles, r => Assert.Contains(r, Codes.Roles));
        Assert.DoesNotContain(RoleNames.Admin, Codes.SelfChosenRoles);
    }

    [Theory]
    [InlineData("CNY")]
    [InlineData("USD")]
    [InlineData("EUR")]
    public void Three_uppercase_letters_are_a_currency_code(string code) => Assert.True(Money.IsCurrencyCode(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDT")]
    [InlineData("U$D")]
    [InlineData("RM B")]
    [InlineData("ÉUR")]
    public void Anything_else_is_not_a_currency_code(string? code) => Assert.False(Money.IsCurrencyCode(code));

    [Fact]
    public void Each_development_mode_code_parses_back_to_its_mode()
    {
        var modes = Enum.GetValues<DevelopmentMode>();
        Assert.Equal(Codes.ClusterModes.Count, modes.Length);
        foreach (var mode in modes)
        {
            var code = mode.ToCode();
            Assert.Contains(code, Codes.ClusterModes);
            Assert.True(DevelopmentModes.TryParse(code, out var parsed), code);
            Assert.Equal(mode, parsed);
        }
        Assert.Equal(Codes.ClusterModes.Order(), modes.Select(m => m.ToCode()).Order());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Technology-Breakthrough")]
    [InlineData("TechnologyBreakthrough")]
    [InlineData("0")]
    public void Unknown_development_mode_codes_do_not_parse(string? code) => Assert.False(DevelopmentModes.TryParse(code, out _));
}
