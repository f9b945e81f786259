namespace Marketplace.Application.Conversations;

public sealed record ConversationSummary(Guid Id, string Subject, string OtherParty, DateTime LastMessageAt, int Unread);
