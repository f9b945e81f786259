using Marketplace.Domain.Common;

namespace Marketplace.Domain.Moderation;

/// <summary>
/// A listing people browse once it is published (a project, a position): moderated, published at a
/// time, and closed at a time for a reason.
/// </summary>
public interface IListing : IModeratedContent
{
    LocalizedText Title { get; }
    DateTime? PublishedAt { get; }
    DateTime? ClosedAt { get; }
    string? ClosedReason { get; }
}
