using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.UnitTests.Moderation;

public sealed class ModerationRequestTests
{
    private static readonly DateTime Submitted = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = Submitted.AddHours(3);
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Admin = Guid.NewGuid();

    private static ModerationRequest NewRequest() =>
        new("user-profile", Guid.NewGuid(), ModerationKind.Revision, "New name", """{"DisplayName":"New name"}""", Author, Submitted);

    [Fact]
    public void A_new_request_is_pending_and_undecided()
    {
        var request = NewRequest();
        Assert.True(request.IsPending);
        Assert.Equal(ModerationDecision.Pending, request.Decision);
        Assert.Null(request.DecidedById);
        Assert.Null(request.DecidedAt);
        Assert.Equal(Submitted, request.SubmittedAt);
    }

    [Fact]
    public void Approving_needs_no_reason_and_records_who_and_when()
    {
        var request = NewRequest();
        request.Decide(ModerationDecision.Approved, null, Admin, Later);
        Assert.False(request.IsPending);
        Assert.Equal(ModerationDecision.Approved, request.Decision);
        Assert.Equal(Admin, request.DecidedById);
        Assert.Equal(Later, request.DecidedAt);
        Assert.Null(request.Reason);
    }

    [Theory]
    [InlineData(ModerationDecision.Rejected, null)]
    [InlineData(ModerationDecision.Rejected, "")]
    [InlineData(ModerationDecision.Rejected, "   ")]
    [InlineData(ModerationDecision.ChangesRequested, null)]
    [InlineData(ModerationDecision.ChangesRequested, " \t")]
    public void Rejecting_or_asking_for_changes_without_a_reason_is_refused_and_decides_nothing(ModerationDecision decision, string? reason)
    {
        var request = NewRequest();
        var e = Assert.Throws<DomainException>(() => request.Decide(decision, reason, Admin, Later));
        Assert.Equal("Validation.ReasonRequired", e.Code);
        Assert.True(request.IsPending);
        Assert.Null(request.DecidedById);
    }

    [Theory]
    [InlineData(ModerationDecision.Rejected)]
    [InlineData(ModerationDecision.ChangesRequested)]
    public void A_refusal_keeps_its_reason_for_the_author(ModerationDecision decision)
    {
        var request = NewRequest();
        request.Decide(decision, "Names must not advertise.", Admin, Later);
        Assert.Equal(decision, request.Decision);
        Assert.Equal("Names must not advertise.", request.Reason);
    }

    [Theory]
    [InlineData(ModerationDecision.Superseded)]
    [InlineData(ModerationDecision.Withdrawn)]
    public void Superseding_or_withdrawing_needs_no_reason(ModerationDecision decision)
    {
        var request = NewRequest();
        request.Decide(decision, null, Author, Later);
        Assert.Equal(decision, request.Decision);
    }

    [Theory]
    [InlineData(ModerationDecision.Approved, ModerationDecision.Rejected)]
    [InlineData(ModerationDecision.Rejected, ModerationDecision.Approved)]
    [InlineData(ModerationDecision.ChangesRequested, ModerationDecision.Approved)]
    [InlineData(ModerationDecision.Superseded, ModerationDecision.Approved)]
    [InlineData(ModerationDecision.Withdrawn, ModerationDecision.Rejected)]
    [InlineData(ModerationDecision.Approved, ModerationDecision.Approved)]
    public void A_request_is_decided_once(ModerationDecision first, ModerationDecision second)
    {
        var request = NewRequest();
        request.Decide(first, "first reason", Admin, Later);
        var e = Assert.Throws<DomainException>(() => request.Decide(second, "second reason", Guid.NewGuid(), Later.AddHours(1)));
        Assert.Equal("Moderation.AlreadyDecided", e.Code);
        Assert.Equal(first, request.Decision);
        Assert.Equal("first reason", request.Reason);
        Assert.Equal(Admin, request.DecidedById);
        Assert.Equal(Later, request.DecidedAt);
    }

    [Fact]
    public void Pending_is_not_a_decision()
    {
        var request = NewRequest();
        Assert.Throws<ArgumentOutOfRangeException>(() => request.Decide(ModerationDecision.Pending, null, Admin, Later));
        Assert.True(request.IsPending);
    }
}
