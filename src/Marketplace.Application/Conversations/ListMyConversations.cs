using Marketplace.Application.Common;
using Marketplace.Domain.Conversations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Conversations;

/// <summary>Every conversation the user is in, as a person or as a member of a startup or fund; latest first, with unread counts.</summary>
public static class ListMyConversations
{
    public sealed record Query(int? Page = null, int? PageSize = null) : IQuery<PagedList<ConversationSummary>>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PagedList<ConversationSummary>>
    {
        public async ValueTask<PagedList<ConversationSummary>> Handle(Query query, CancellationToken ct)
        {
            var me = await ConversationParties.OfAsync(db, user.Id ?? throw new NotAuthenticatedException(), ct);
            var page = await ConversationParties.Visible(db.Conversations.AsNoTracking(), me)
                .OrderByDescending(c => c.LastMessageAt).ThenBy(c => c.Id)
                .Select(c => new
                {
                    Conversation = c,
                    Unread = db.ConversationMessages.Count(m => m.ConversationId == c.Id && m.SenderId != me.UserId
                        && !db.ConversationReads.Any(r => r.ConversationId == c.Id && r.UserId == me.UserId && r.LastReadAt >= m.SentAt)),
                })
                .ToPagedListAsync(query.Page, query.PageSize, ct);
            var others = page.Items.Select(i => Other(me, i.Conversation)).ToList();
            var names = await ConversationParties.NamesAsync(db, others, ct);
            var items = page.Items.Select((i, n) => new ConversationSummary(
                i.Conversation.Id, i.Conversation.Subject, names.GetValueOrDefault((others[n].Kind, others[n].Id), ""), i.Conversation.LastMessageAt, i.Unread)).ToList();
            return new PagedList<ConversationSummary>(items, page.Page, page.PageSize, page.Total);
        }

        private static Party Other(ConversationParties.Memberships me, Conversation c) =>
            ConversationParties.IsMember(me, c.FirstPartyKind, c.FirstPartyId)
                ? new Party(c.SecondPartyKind, c.SecondPartyId)
                : new Party(c.FirstPartyKind, c.FirstPartyId);
    }
}
