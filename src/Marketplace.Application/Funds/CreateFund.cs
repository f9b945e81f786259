using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Mediator;

namespace Marketplace.Application.Funds;

/// <summary>A fund manager creates a fund; they become its first partner.</summary>
public static class CreateFund
{
    [RequiresRole(RoleNames.FundManager)]
    public sealed record Command(
        string? NameEn, string? NameZh, string? DescriptionEn, string? DescriptionZh, string? Type, string? ClusterKey,
        string? Website, long? SizeAmount, string? SizeCurrency) : ICommand<Guid>, IFundFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db) => Include(new FundFieldsValidator(db));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken ct)
        {
            var manager = user.Id ?? throw new NotAuthenticatedException();
            var fund = new Fund(LocalizedText.Empty, command.Type!);
            await command.CopyToAsync(fund, db, ct);
            db.Funds.Add(fund);
            db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = manager, Role = FundRoles.Partner, JoinedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
            return fund.Id;
        }
    }
}
