using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>A partner edits the fund's profile; a save made by someone else since the form was loaded is detected.</summary>
public static class UpdateFund
{
    public sealed record Command(
        Guid Id, string? NameEn, string? NameZh, string? DescriptionEn, string? DescriptionZh, string? Type, string? ClusterKey,
        string? Website, long? SizeAmount, string? SizeCurrency, int Version) : ICommand, IFundFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db) => Include(new FundFieldsValidator(db));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var fund = await db.Funds.FirstOrDefaultAsync(f => f.Id == command.Id, ct) ?? throw new NotFoundException("Fund");
            if (!await db.IsFundPartnerAsync(fund.Id, user.Id, ct))
                throw new ForbiddenException();
            db.Entry(fund).Property(f => f.Version).OriginalValue = command.Version;
            await command.CopyToAsync(fund, db, ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
