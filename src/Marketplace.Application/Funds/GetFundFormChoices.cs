using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

public static class GetFundFormChoices
{
    public sealed record Query : IQuery<FundFormChoices>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, FundFormChoices>
    {
        public async ValueTask<FundFormChoices> Handle(Query query, CancellationToken ct) => await FundFormChoices.LoadAsync(db, ct);
    }
}
