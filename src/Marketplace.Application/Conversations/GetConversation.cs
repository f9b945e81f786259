using Marketplace.Application.Common;
using Marketplace.Domain.Conversations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Conversations;

/// <summary>
/// One conversation's messages, oldest first; reading it marks it read for the user. Only members of its
/// two parties see it: everyone else is told it does not exist.
/// </summary>
public static class GetConversation
{
    public sealed record Query(Guid Id) : IQuery<ConversationView>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, ConversationView>
    {
        public async ValueTask<ConversationView> Handle(Query query, CancellationToken ct)
        {
            var (c, me, first) = await ConversationParties.RequireAsync(db, user, query.Id, track: false, ct);
            var messages = await (
                from m in db.ConversationMessages.AsNoTracking()
                where m.ConversationId == c.Id
                join p in db.UserProfiles.AsNoTracking() on m.SenderId equals p.Id into senders
                from p in senders.DefaultIfEmpty()
                orderby m.SentAt, m.Id
                select new { m.Id, m.SenderId, Name = p == null ? "" : p.DisplayName, m.Body, m.SentAt }).ToListAsync(ct);

            var read = await db.ConversationReads.FirstOrDefaultAsync(r => r.ConversationId == c.Id && r.UserId == me.UserId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (read is null)
                db.ConversationReads.Add(new ConversationRead { ConversationId = c.Id, UserId = me.UserId, LastReadAt = now });
            else
                read.LastReadAt = now;
            await db.SaveChangesAsync(ct);

            var mine = first ? new Party(c.FirstPartyKind, c.FirstPartyId) : new Party(c.SecondPartyKind, c.SecondPartyId);
            var other = first ? new Party(c.SecondPartyKind, c.SecondPartyId) : new Party(c.FirstPartyKind, c.FirstPartyId);
            var names = await ConversationParties.NamesAsync(db, [mine, other], ct);
            return new ConversationView(c.Id, c.Subject, names.GetValueOrDefault((mine.Kind, mine.Id), ""), names.GetValueOrDefault((other.Kind, other.Id), ""),
                messages.Select(m => new MessageItem(m.Id, m.SenderId, m.Name, m.Body, m.SentAt, m.SenderId == me.UserId)).ToList());
        }
    }
}
