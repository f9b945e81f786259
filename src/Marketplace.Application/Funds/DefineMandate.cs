using FluentValidation;
using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// A partner of the fund sets what it invests in. Every rule is optional (empty lists mean any); a
/// region rule is for guidance funds only, and recent policy lets them choose "none". A save made
/// by someone else since the form was loaded is detected. The import checks a file's mandate with the
/// same <see cref="MandateFieldsValidator{T}"/> and writes it through the same <c>Fund.DefineMandate</c>.
/// </summary>
public static class DefineMandate
{
    public sealed record Command(
        Guid FundId, IReadOnlyList<string> Sectors, IReadOnlyList<string> Stages,
        long? TicketMin, long? TicketMax, string? TicketCurrency,
        IReadOnlyList<string> TargetClusterKeys, bool OpenToOtherClusters, bool OpenToNewDeals, int? WeeklyCapacity,
        string? GuidanceRule, IReadOnlyList<string> GuidanceRegions, decimal? ReinvestmentRatio, bool AcceptsRelocation,
        int Version) : ICommand, IMandateFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db) => Include(new MandateFieldsValidator<Command>(new DatabaseMandateReferences(db),
            async (command, ct) => await db.Funds.AsNoTracking().Where(f => f.Id == command.FundId).Select(f => f.Type).FirstOrDefaultAsync(ct)));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var fund = await MandateAccess.RequirePartnerAsync(db, user, command.FundId, track: true, ct);
            db.Entry(fund).Property(f => f.Version).OriginalValue = command.Version;
            fund.DefineMandate(command.ToMandate());
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
