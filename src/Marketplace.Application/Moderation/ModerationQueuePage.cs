using Marketplace.Application.Common;

namespace Marketplace.Application.Moderation;

public sealed record ModerationQueuePage(PagedList<ModerationQueueItem> Items, IReadOnlyList<string> ContentTypes);
