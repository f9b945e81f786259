using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Conversations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Conversations;

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
