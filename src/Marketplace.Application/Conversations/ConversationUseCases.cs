using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Conversations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Conversations;

public sealed record ConversationSummary(Guid Id, string Subject, string OtherParty, DateTime LastMessageAt, int Unread);

public sealed record MessageItem(Guid Id, Guid SenderId, string SenderName, string Body, DateTime SentAt, bool Mine);

public sealed record ConversationView(Guid Id, string Subject, string MyParty, string OtherParty, IReadOnlyList<MessageItem> Messages);

/// <summary>Unread messages: written by someone else after the user last read the conversation.</summary>
internal static class Unread
{
    public static IQueryable<ConversationMessage> Of(IAppDbContext db, Guid conversationId, Guid userId) =>
        db.ConversationMessages.AsNoTracking().Where(m => m.ConversationId == conversationId && m.SenderId != userId
            && !db.ConversationReads.Any(r => r.ConversationId == conversationId && r.UserId == userId && r.LastReadAt >= m.SentAt));
}

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

/// <summary>A party member writes in the conversation; the other party's members are told in-app.</summary>
public static class SendMessage
{
    public const int MaxLength = 8000;

    public sealed record Command(Guid ConversationId, string? Body) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Body).Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage(_ => Text.Get("Validation.MessageRequired"))
            .MaximumLength(MaxLength);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var (c, me, first) = await ConversationParties.RequireAsync(db, user, command.ConversationId, track: true, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var message = new ConversationMessage { ConversationId = c.Id, SenderId = me.UserId, Body = command.Body!.Trim(), SentAt = now };
            db.ConversationMessages.Add(message);
            c.LastMessageAt = now;

            var read = await db.ConversationReads.FirstOrDefaultAsync(r => r.ConversationId == c.Id && r.UserId == me.UserId, ct);
            if (read is null)
                db.ConversationReads.Add(new ConversationRead { ConversationId = c.Id, UserId = me.UserId, LastReadAt = now });
            else
                read.LastReadAt = now;

            var other = first ? new Party(c.SecondPartyKind, c.SecondPartyId) : new Party(c.FirstPartyKind, c.FirstPartyId);
            var sender = await db.UserProfiles.AsNoTracking().Where(p => p.Id == me.UserId).Select(p => p.DisplayName).FirstOrDefaultAsync(ct) ?? "";
            var recipients = (await ConversationParties.MemberIdsAsync(db, other, ct)).Where(id => id != me.UserId);
            notifier.NotifyAll(recipients, "conversation-message", $"/conversations/{c.Id}", sender, c.Subject);
            await db.SaveChangesAsync(ct);
            return message.Id;
        }
    }
}
