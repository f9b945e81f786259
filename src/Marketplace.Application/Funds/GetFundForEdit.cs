using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

public static class GetFundForEdit
{
    public sealed record Query(Guid Id) : IQuery<FundEdit>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, FundEdit>
    {
        public async ValueTask<FundEdit> Handle(Query query, CancellationToken ct)
        {
            var x = await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.Id, ct) ?? throw new NotFoundException("Fund");
            if (!await db.IsFundPartnerAsync(x.Id, user.Id, ct))
                throw new ForbiddenException();
            var clusterKey = await db.Clusters.AsNoTracking().Where(c => c.Id == x.ClusterId).Select(c => c.Key).FirstOrDefaultAsync(ct);
            return new FundEdit(x.Id, x.Name.En, x.Name.Zh, x.Description.En, x.Description.Zh, x.Type, clusterKey,
                x.Website, x.SizeAmount, x.SizeCurrency, x.Version, await FundFormChoices.LoadAsync(db, ct));
        }
    }
}
