namespace Marketplace.Application.Conversations;

public sealed record MessageItem(Guid Id, Guid SenderId, string SenderName, string Body, DateTime SentAt, bool Mine);
