using Marketplace.Application.Researchers;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Users;

namespace Marketplace.UnitTests.Domain;

public sealed class TalentRulesTests
{
    // visibility, owner/admin, may browse (founder/fund manager), in a verified organisation → sees it
    [Theory]
    [InlineData("public", false, false, false, false)]
    [InlineData("public", false, true, false, true)]
    [InlineData("public", false, true, true, true)]
    [InlineData("verified-organisations", false, false, true, false)]
    [InlineData("verified-organisations", false, true, false, false)]
    [InlineData("verified-organisations", false, true, true, true)]
    [InlineData("hidden", false, true, true, false)]
    [InlineData("hidden", true, false, false, true)]
    [InlineData("verified-organisations", true, false, false, true)]
    [InlineData("something-else", false, true, true, false)]
    public void Visibility_rule(string visibility, bool ownerOrAdmin, bool mayBrowse, bool verified, bool expected) =>
        Assert.Equal(expected, ResearcherVisibility.CanSee(visibility, ownerOrAdmin, mayBrowse, verified));

    [Fact]
    public void The_query_filter_agrees_with_the_rule_for_every_viewer_visibility_and_account_status()
    {
        var owner = Guid.NewGuid();
        var suspendedOwner = Guid.NewGuid();
        var profiles = ResearcherVisibility.All.Append("unknown")
            .SelectMany(v => new[] { Profile(Guid.NewGuid(), v), Profile(Guid.NewGuid(), v), Profile(owner, v), Profile(suspendedOwner, v) })
            .ToList();
        // Every other profile's account is suspended, the suspended owner's too; one profile has no account row at all.
        var accounts = profiles.Select(p => p.Id).Distinct().Select((id, i) => Account(id, i % 2 == 1 || id == suspendedOwner ? AccountStatus.Suspended : AccountStatus.Active))
            .Where(a => a.Id != profiles[0].Id)
            .ToList();
        Assert.Contains(accounts, a => a.Status == AccountStatus.Suspended && a.Id != suspendedOwner);
        AccountStatus StatusOf(Guid id) => accounts.FirstOrDefault(a => a.Id == id)?.Status ?? AccountStatus.Suspended;
        var viewers = new List<ResearcherViewer>();
        foreach (var id in new Guid?[] { null, owner, suspendedOwner, Guid.NewGuid() })
            foreach (var admin in new[] { false, true })
                foreach (var browse in new[] { false, true })
                    foreach (var verified in new[] { false, true })
                        viewers.Add(new ResearcherViewer(id, admin, browse, verified));

        foreach (var viewer in viewers)
        {
            var filter = viewer.Filter(accounts.AsQueryable()).Compile();
            foreach (var profile in profiles)
                Assert.Equal(viewer.CanSee(profile, StatusOf(profile.Id)), filter(profile));
        }
    }

    [Fact]
    public void Only_administrators_see_the_profile_of_a_suspended_account()
    {
        var id = Guid.NewGuid();
        var profile = Profile(id, ResearcherVisibility.Public);
        Assert.True(new ResearcherViewer(Guid.NewGuid(), false, true, true).CanSee(profile, AccountStatus.Active));
        Assert.False(new ResearcherViewer(Guid.NewGuid(), false, true, true).CanSee(profile, AccountStatus.Suspended));
        Assert.False(new ResearcherViewer(id, false, false, false).CanSee(profile, AccountStatus.Suspended));
        Assert.True(new ResearcherViewer(Guid.NewGuid(), true, true, false).CanSee(profile, AccountStatus.Suspended));
    }

    [Fact]
    public void An_anonymous_viewer_sees_no_profile()
    {
        foreach (var v in ResearcherVisibility.All)
            Assert.False(ResearcherViewer.Anonymous.CanSee(Profile(Guid.NewGuid(), v), AccountStatus.Active));
    }

    [Theory]
    [InlineData(" Distributed   Training ", "distributed-training")]
    [InlineData("PyTorch", "pytorch")]
    [InlineData("强化学习", "强化学习")]
    public void Skill_tags_are_normalised(string raw, string expected) => Assert.Equal(expected, SkillTags.Normalise(raw));

    [Theory]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Reviewing, true)]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Interview, true)]
    [InlineData(ApplicationStage.Reviewing, ApplicationStage.Interview, true)]
    [InlineData(ApplicationStage.Interview, ApplicationStage.Offer, true)]
    [InlineData(ApplicationStage.Offer, ApplicationStage.Hired, true)]
    [InlineData(ApplicationStage.Offer, ApplicationStage.Rejected, true)]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Rejected, true)]
    [InlineData(ApplicationStage.Interview, ApplicationStage.Reviewing, false)]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Applied, false)]
    [InlineData(ApplicationStage.Applied, ApplicationStage.Withdrawn, false)]
    [InlineData(ApplicationStage.Hired, ApplicationStage.Rejected, false)]
    [InlineData(ApplicationStage.Rejected, ApplicationStage.Reviewing, false)]
    [InlineData(ApplicationStage.Withdrawn, ApplicationStage.Reviewing, false)]
    public void Poster_moves(ApplicationStage from, ApplicationStage to, bool allowed) =>
        Assert.Equal(allowed, ApplicationStages.PosterCanMove(from, to));

    [Fact]
    public void A_position_has_exactly_one_poster()
    {
        Assert.ThrowsAny<Exception>(() => new Position(null, null, new("t", null), "full-time"));
        Assert.ThrowsAny<Exception>(() => new Position(Guid.NewGuid(), Guid.NewGuid(), new("t", null), "full-time"));
    }

    [Fact]
    public void A_position_is_open_through_its_deadline_day()
    {
        var p = new Position(Guid.NewGuid(), null, new("t", null), "full-time")
        {
            State = Marketplace.Domain.Moderation.ModerationState.Published,
            Deadline = new DateOnly(2026, 12, 1),
        };
        Assert.True(p.IsOpen(new DateOnly(2026, 12, 1)));
        Assert.False(p.IsOpen(new DateOnly(2026, 12, 2)));
    }

    private static ResearcherProfile Profile(Guid id, string visibility) => new(id) { Visibility = visibility };

    private static UserProfile Account(Guid id, AccountStatus status) => new(id, "Someone", RoleNames.Researcher, "en") { Status = status };
}

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("0000-0001-5109-3700", "0000-0001-5109-3700")]
    [InlineData("0000-0002-1694-233x", "0000-0002-1694-233X")]
    public void Valid_orcid_ids_are_accepted(string input, string expected) => Assert.Equal(expected, Orcid.Normalise(input));

    [Theory]
    [InlineData("0000-0002-1825-0098")] // wrong check digit
    [InlineData("0000-0002-1825-009")]
    [InlineData("0000000218250097")]
    [InlineData("0000-0002-1825-00X7")]
    [InlineData("abcd-0002-1825-0097")]
    [InlineData("")]
    public void Invalid_orcid_ids_are_refused(string input) => Assert.Null(Orcid.Normalise(input));

    [Theory]
    [InlineData("10.18653/v1/2024.acl-long.1", "10.18653/v1/2024.acl-long.1")]
    [InlineData("https://doi.org/10.1038/nature14539", "10.1038/nature14539")]
    [InlineData("doi:10.1000.10/abc", "10.1000.10/abc")]
    public void Valid_dois_are_accepted(string input, string expected) => Assert.Equal(expected, Doi.Normalise(input));

    [Theory]
    [InlineData("10.1/x")]
    [InlineData("11.1038/nature14539")]
    [InlineData("10.1038/")]
    [InlineData("10.1038/has space")]
    [InlineData("nature14539")]
    public void Invalid_dois_are_refused(string input) => Assert.Null(Doi.Normalise(input));
}
