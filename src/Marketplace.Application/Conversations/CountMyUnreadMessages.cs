using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Conversations;

/// <summary>The nav badge: unread messages across the user's conversations.</summary>
public static class CountMyUnreadMessages
{
    public sealed record Query : IQuery<int>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, int>
    {
        public async ValueTask<int> Handle(Query query, CancellationToken ct)
        {
            var me = await ConversationParties.OfAsync(db, user.Id ?? throw new NotAuthenticatedException(), ct);
            var mine = ConversationParties.Visible(db.Conversations.AsNoTracking(), me).Select(c => c.Id);
            return await db.ConversationMessages.CountAsync(m => mine.Contains(m.ConversationId) && m.SenderId != me.UserId
                && !db.ConversationReads.Any(r => r.ConversationId == m.ConversationId && r.UserId == me.UserId && r.LastReadAt >= m.SentAt), ct);
        }
    }
}
