using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// A partner makes a member a partner or an analyst. A fund always keeps a partner: the last one
/// cannot step down. The change is written to the audit log (memberships are not audited rows).
/// </summary>
public static class ChangeFundMemberRole
{
    public sealed record Command(Guid FundId, Guid UserId, string? Role) : ICommand, IAuditedAction
    {
        public string AuditEntityType => nameof(FundMember);

        /// <summary>A membership has no id of its own: the line is filed under the fund, and says whose role became what.</summary>
        public string AuditEntityId => FundId.ToString();

        public IReadOnlyDictionary<string, object?> AuditChanges => new Dictionary<string, object?> { [nameof(UserId)] = UserId, [nameof(Role)] = Role };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x.Role).Must(r => r is not null && FundRoles.All.Contains(r)).WithMessage(_ => Text.Get("Validation.ChooseFundRole"));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var fund = await db.Funds.FirstOrDefaultAsync(f => f.Id == command.FundId, ct) ?? throw new NotFoundException("Fund");
            if (!await db.IsFundPartnerAsync(fund.Id, user.Id, ct))
                throw new ForbiddenException();
            var member = await db.FundMembers.FirstOrDefaultAsync(m => m.FundId == fund.Id && m.UserId == command.UserId, ct)
                ?? throw new NotFoundException("Member");
            if (member.Role == command.Role)
                return Unit.Value;
            if (member.Role == FundRoles.Partner && !await db.FundMembers.AnyAsync(m => m.FundId == fund.Id && m.UserId != member.UserId && m.Role == FundRoles.Partner, ct))
                throw new DomainException("Funds.LastPartner");
            member.Role = command.Role!;
            // The fund's version moves too, so two partners changing roles at once cannot both pass the
            // last-partner check: the second save is refused as a concurrent change.
            db.Entry(fund).Property(f => f.UpdatedAt).IsModified = true;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
