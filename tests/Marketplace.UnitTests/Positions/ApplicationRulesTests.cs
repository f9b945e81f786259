using Marketplace.Application.Positions.Applications;
using Marketplace.Domain.Positions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.UnitTests.Positions;

public sealed class ApplicationRulesTests
{
    [Theory]
    [InlineData(true, true, new ApplicationStage[0], ApplyBlocker.None)]
    [InlineData(true, true, new[] { ApplicationStage.Withdrawn }, ApplyBlocker.None)]
    [InlineData(true, true, new[] { ApplicationStage.Withdrawn, ApplicationStage.Withdrawn }, ApplyBlocker.None)]
    [InlineData(true, true, new[] { ApplicationStage.Applied }, ApplyBlocker.AlreadyApplied)]
    [InlineData(true, true, new[] { ApplicationStage.Withdrawn, ApplicationStage.Offer }, ApplyBlocker.AlreadyApplied)]
    [InlineData(true, true, new[] { ApplicationStage.Rejected }, ApplyBlocker.AlreadyDecided)]
    [InlineData(true, true, new[] { ApplicationStage.Withdrawn, ApplicationStage.Hired }, ApplyBlocker.AlreadyDecided)]
    [InlineData(false, true, new ApplicationStage[0], ApplyBlocker.Closed)]
    [InlineData(false, true, new[] { ApplicationStage.Interview }, ApplyBlocker.AlreadyApplied)]
    [InlineData(true, false, new ApplicationStage[0], ApplyBlocker.NoProfile)]
    [InlineData(false, false, new ApplicationStage[0], ApplyBlocker.Closed)]
    public void Who_may_apply(bool open, bool hasProfile, ApplicationStage[] earlier, ApplyBlocker expected) =>
        Assert.Equal(expected, ApplicationRules.Blocker(open, hasProfile, earlier));

    [Theory]
    [InlineData("Interview", true, ApplicationStage.Interview)]
    [InlineData(" offer ", true, ApplicationStage.Offer)]
    [InlineData("Rejected", true, ApplicationStage.Rejected)]
    [InlineData("2", false, ApplicationStage.Applied)]
    [InlineData("-1", false, ApplicationStage.Applied)]
    [InlineData("Bogus", false, ApplicationStage.Applied)]
    [InlineData("", false, ApplicationStage.Applied)]
    [InlineData(null, false, ApplicationStage.Applied)]
    public void Stages_are_read_by_name_only(string? value, bool parsed, ApplicationStage expected)
    {
        Assert.Equal(parsed, ApplicationRules.TryParseStage(value, out var stage));
        if (parsed)
            Assert.Equal(expected, stage);
    }

    [Fact]
    public void The_poster_is_offered_the_forward_steps_and_rejection_of_a_live_application_only()
    {
        Assert.Equal([ApplicationStage.Reviewing, ApplicationStage.Interview, ApplicationStage.Offer, ApplicationStage.Hired, ApplicationStage.Rejected],
            ApplicationRules.PosterMoves(ApplicationStage.Applied));
        Assert.Equal([ApplicationStage.Hired, ApplicationStage.Rejected], ApplicationRules.PosterMoves(ApplicationStage.Offer));
        foreach (var ended in new[] { ApplicationStage.Hired, ApplicationStage.Rejected, ApplicationStage.Withdrawn })
            Assert.Empty(ApplicationRules.PosterMoves(ended));
    }

    [Theory]
    [InlineData("23505: duplicate key value violates unique constraint \"IX_PositionApplications_LiveApplication\"", true)]
    [InlineData("SQLite Error 19: 'UNIQUE constraint failed: PositionApplications.PositionId, PositionApplications.ResearcherId'.", true)]
    [InlineData("SQLite Error 19: 'FOREIGN KEY constraint failed'.", false)]
    [InlineData("23505: duplicate key value violates unique constraint \"PK_PositionApplications\"", false)]
    public void The_live_application_index_is_recognised_in_either_provider_s_message(string inner, bool expected) =>
        Assert.Equal(expected, ApplicationRules.IsLiveApplicationViolation(new DbUpdateException("save failed", new InvalidOperationException(inner))));
}
