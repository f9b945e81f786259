using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Conversations;

/// <summary>Unread messages: written by someone else after the user last read the conversation.</summary>
internal static class Unread
{
    public static IQueryable<ConversationMessage> Of(IAppDbContext db, Guid conversationId, Guid userId) =>
        db.ConversationMessages.AsNoTracking().Where(m => m.ConversationId == conversationId && m.SenderId != userId
            && !db.ConversationReads.Any(r => r.ConversationId == conversationId && r.UserId == userId && r.LastReadAt >= m.SentAt));
}
