using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Moderation;

public sealed record ModerationQueueItem(
    Guid Id, string ContentType, Guid ContentId, ModerationKind Kind, string Summary,
    Guid SubmittedById, string? SubmittedByName, DateTime SubmittedAt, LocalizedText? Name = null)
{
    /// <summary>The content's name in the reader's language when it has one, else the summary stored at submission.</summary>
    public string Label => Name?.ForCurrentCulture() is { Length: > 0 } name ? name : Summary;
}
