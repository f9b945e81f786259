using Marketplace.Application.Researchers;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;

namespace Marketplace.UnitTests.Researchers;

public sealed class ProfileCompletenessTests
{
    [Fact]
    public void No_profile_is_nothing_complete_with_every_part_missing()
    {
        var c = ProfileCompleteness.Of(null);
        Assert.Equal(0, c.Percent);
        Assert.Equal(ProfileCompleteness.Parts, c.Missing);
    }

    [Fact]
    public void A_new_empty_profile_counts_nothing()
    {
        var c = ProfileCompleteness.Of(new ResearcherProfile(Guid.NewGuid()));
        Assert.Equal(0, c.Percent);
        Assert.Equal(12, c.Missing.Count);
    }

    [Fact]
    public void Each_filled_part_counts_and_leaves_the_missing_list()
    {
        var p = new ResearcherProfile(Guid.NewGuid())
        {
            Headline = new LocalizedText(null, "视觉研究员"),
            ResearchAreas = ["computer-vision"],
            Skills = ["cuda"],
        };
        var c = ProfileCompleteness.Of(p);
        Assert.Equal(25, c.Percent); // 3 of 12
        Assert.DoesNotContain(ProfileCompleteness.Headline, c.Missing);
        Assert.Contains(ProfileCompleteness.Summary, c.Missing);
    }

    [Fact]
    public void An_affiliation_counts_only_with_its_type()
    {
        var p = new ResearcherProfile(Guid.NewGuid()) { Affiliation = new LocalizedText("Mila", null) };
        Assert.Contains(ProfileCompleteness.Affiliation, ProfileCompleteness.Of(p).Missing);
        p.AffiliationType = "institute";
        Assert.DoesNotContain(ProfileCompleteness.Affiliation, ProfileCompleteness.Of(p).Missing);
    }

    [Fact]
    public void A_full_profile_is_complete()
    {
        var p = new ResearcherProfile(Guid.NewGuid())
        {
            Headline = new LocalizedText("NLP", null),
            Summary = new LocalizedText("Summary", null),
            Affiliation = new LocalizedText("Mila", null),
            AffiliationType = "institute",
            ResearchAreas = ["nlp"],
            Skills = ["pytorch"],
            Degree = "phd",
            YearsExperience = 0,
            Publications = [new Publication("A paper", null, 2024, "10.1234/x", null)],
            Orcid = "0000-0002-1825-0097",
            DesiredClusterKeys = ["montreal"],
            PositionTypes = ["postdoc"],
            AvailableFrom = new DateOnly(2027, 1, 1),
        };
        var c = ProfileCompleteness.Of(p);
        Assert.Equal(100, c.Percent);
        Assert.Empty(c.Missing);
    }

    [Theory]
    [InlineData("none", new[] { "none", "bachelor", "master", "phd" })]
    [InlineData("master", new[] { "master", "phd" })]
    [InlineData("phd", new[] { "phd" })]
    public void A_minimum_degree_admits_it_and_every_higher_one(string minimum, string[] admitted) =>
        Assert.Equal(admitted, Degrees.AtLeast(minimum));
}
