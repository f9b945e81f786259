using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Moderation;

/// <summary>
/// What a kind of content does when an administrator decides on it. Each content type
/// (profiles now; projects, funds, positions later) registers one.
/// </summary>
public interface IModerationApplier
{
    string ContentType { get; }

    /// <summary>What the request proposes, field by field, next to what is published now (for the reviewer's page).</summary>
    Task<IReadOnlyList<ProposedChange>> DescribeAsync(ModerationRequest request, CancellationToken ct);

    /// <summary>Approve: publish new content, or copy a revision's payload onto the published version.</summary>
    Task ApplyAsync(ModerationRequest request, CancellationToken ct);

    /// <summary>Reject or ask for changes; new content moves to the state the workflow says.</summary>
    Task RefuseAsync(ModerationRequest request, CancellationToken ct);

    /// <summary>
    /// The content's current name in both languages, for the queue to show in the reader's language;
    /// content without one (or not found) keeps the summary stored with the request.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, LocalizedText>> NamesAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<Guid, LocalizedText>>(new Dictionary<Guid, LocalizedText>());
}
