using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Projects;

namespace Marketplace.UnitTests.Moderation;

/// <summary>A listing keeps its own life's rules, the same for a project and a position.</summary>
public sealed class ListingTests
{
    private static readonly DateTime Monday = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Kinds() => [Project.ContentType, Position.ContentType];

    private static Listing New(string kind) => kind == Project.ContentType
        ? new Project(Guid.NewGuid(), new LocalizedText("Vision chips", null), 1_000_000, "USD", "equity", "seed")
        : new Position(Guid.NewGuid(), null, new LocalizedText("Research engineer", null), "job");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_draft_is_submitted_published_and_closed_keeping_when_each_happened(string kind)
    {
        var listing = New(kind);
        Assert.Equal(ModerationState.Draft, listing.State);

        listing.Submit();
        listing.Publish(Monday);
        listing.Close("withdrawn", Monday.AddDays(3));

        Assert.Equal(ModerationState.Closed, listing.State);
        Assert.Equal(Monday, listing.PublishedAt);
        Assert.Equal(Monday.AddDays(3), listing.ClosedAt);
        Assert.Equal("withdrawn", listing.ClosedReason);
        Assert.Equal(kind, ((IModeratedContent)listing).ContentType);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_draft_can_be_neither_published_nor_closed_and_nothing_changes(string kind)
    {
        var listing = New(kind);

        Assert.Equal("Moderation.InvalidTransition", Assert.Throws<DomainException>(() => listing.Publish(Monday)).Message);
        Assert.Equal("Moderation.InvalidTransition", Assert.Throws<DomainException>(() => listing.Close("withdrawn", Monday)).Message);
        Assert.Equal(ModerationState.Draft, listing.State);
        Assert.Null(listing.PublishedAt);
        Assert.Null(listing.ClosedAt);
        Assert.Null(listing.ClosedReason);
    }

    [Theory]
    [InlineData(ModerationDecision.Rejected, ModerationState.Rejected)]
    [InlineData(ModerationDecision.ChangesRequested, ModerationState.ChangesRequested)]
    public void A_refusal_moves_a_submitted_listing_to_the_state_the_decision_names(ModerationDecision decision, ModerationState expected)
    {
        var listing = New(Project.ContentType);
        listing.Submit();

        Assert.Equal(expected, listing.Refuse(decision));
        Assert.Equal(expected, listing.State);
        Assert.Null(listing.PublishedAt);
    }

    [Theory]
    [InlineData(ModerationDecision.Approved)]
    [InlineData(ModerationDecision.Withdrawn)]
    [InlineData(ModerationDecision.Pending)]
    public void Only_a_rejection_or_a_request_for_changes_is_a_refusal(ModerationDecision decision)
    {
        var listing = New(Position.ContentType);
        listing.Submit();

        Assert.Throws<DomainException>(() => listing.Refuse(decision));
        Assert.Equal(ModerationState.Submitted, listing.State);
    }

    [Fact]
    public void An_import_keeps_the_first_publication_and_the_closing_time_of_a_listing_already_closed()
    {
        var listing = New(Project.ContentType);
        listing.PutAsImported(ModerationState.Published, null, null, null, "withdrawn", Monday);
        Assert.Equal(Monday, listing.PublishedAt);

        listing.PutAsImported(ModerationState.Closed, ModerationState.Published, null, null, "withdrawn", Monday.AddDays(1));
        Assert.Equal((Monday, Monday.AddDays(1), "withdrawn"), (listing.PublishedAt, listing.ClosedAt, listing.ClosedReason));

        // Imported again closed, with the reason the file now gives: it was closed on Tuesday, not today.
        listing.PutAsImported(ModerationState.Closed, ModerationState.Closed, null, "funded", "withdrawn", Monday.AddDays(5));
        Assert.Equal((Monday, Monday.AddDays(1), "funded"), (listing.PublishedAt, listing.ClosedAt, listing.ClosedReason));

        // Back to a draft: neither published nor closed.
        listing.PutAsImported(ModerationState.Draft, ModerationState.Closed, null, null, "withdrawn", Monday.AddDays(6));
        Assert.Equal((ModerationState.Draft, (DateTime?)null, (DateTime?)null, (string?)null),
            (listing.State, listing.PublishedAt, listing.ClosedAt, listing.ClosedReason));
    }
}
