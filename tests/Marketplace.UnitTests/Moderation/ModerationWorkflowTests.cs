using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.UnitTests.Moderation;

public sealed class ModerationWorkflowTests
{
    // The moves the product allows, written out independently of the implementation's table.
    private static readonly HashSet<(ModerationState From, ModerationState To)> Allowed =
    [
        (ModerationState.Draft, ModerationState.Submitted),
        (ModerationState.Submitted, ModerationState.Published),
        (ModerationState.Submitted, ModerationState.Rejected),
        (ModerationState.Submitted, ModerationState.ChangesRequested),
        (ModerationState.Submitted, ModerationState.Draft),
        (ModerationState.ChangesRequested, ModerationState.Submitted),
        (ModerationState.ChangesRequested, ModerationState.Draft),
        (ModerationState.Rejected, ModerationState.Draft),
        (ModerationState.Published, ModerationState.Closed),
    ];

    public static TheoryData<ModerationState, ModerationState> EveryPair()
    {
        var data = new TheoryData<ModerationState, ModerationState>();
        foreach (var from in Enum.GetValues<ModerationState>())
            foreach (var to in Enum.GetValues<ModerationState>())
                data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void CanMove_allows_exactly_the_moves_of_the_table(ModerationState from, ModerationState to) =>
        Assert.Equal(Allowed.Contains((from, to)), ModerationWorkflow.CanMove(from, to));

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Move_changes_the_state_only_when_allowed(ModerationState from, ModerationState to)
    {
        var content = new Content { State = from };
        if (Allowed.Contains((from, to)))
        {
            ModerationWorkflow.Move(content, to);
            Assert.Equal(to, content.State);
        }
        else
        {
            var e = Assert.Throws<DomainException>(() => ModerationWorkflow.Move(content, to));
            Assert.Equal("Moderation.InvalidTransition", e.Code);
            Assert.Equal(from, content.State);
        }
    }

    [Fact]
    public void Closed_content_can_go_nowhere() =>
        Assert.All(Enum.GetValues<ModerationState>(), to => Assert.False(ModerationWorkflow.CanMove(ModerationState.Closed, to)));

    [Theory]
    [InlineData(ModerationDecision.Approved, ModerationState.Published)]
    [InlineData(ModerationDecision.Rejected, ModerationState.Rejected)]
    [InlineData(ModerationDecision.ChangesRequested, ModerationState.ChangesRequested)]
    [InlineData(ModerationDecision.Withdrawn, ModerationState.Draft)]
    public void A_decision_on_new_content_moves_it_to_the_matching_state(ModerationDecision decision, ModerationState expected)
    {
        Assert.Equal(expected, ModerationWorkflow.StateAfter(ModerationKind.Publication, decision));
        // Every state a decision leads to is reachable from Submitted, so Move can apply it.
        Assert.True(ModerationWorkflow.CanMove(ModerationState.Submitted, expected));
    }

    [Theory]
    [InlineData(ModerationDecision.Pending)]
    [InlineData(ModerationDecision.Superseded)]
    public void Pending_and_superseded_leave_new_content_where_it_is(ModerationDecision decision) =>
        Assert.Null(ModerationWorkflow.StateAfter(ModerationKind.Publication, decision));

    [Theory]
    [InlineData(ModerationDecision.Pending)]
    [InlineData(ModerationDecision.Approved)]
    [InlineData(ModerationDecision.Rejected)]
    [InlineData(ModerationDecision.ChangesRequested)]
    [InlineData(ModerationDecision.Superseded)]
    [InlineData(ModerationDecision.Withdrawn)]
    public void A_decision_on_a_revision_never_changes_the_published_content_state(ModerationDecision decision) =>
        Assert.Null(ModerationWorkflow.StateAfter(ModerationKind.Revision, decision));

    private sealed class Content : IModeratedContent
    {
        public Guid Id { get; } = Guid.NewGuid();
        public string ContentType => "test";
        public ModerationState State { get; set; }
    }
}
