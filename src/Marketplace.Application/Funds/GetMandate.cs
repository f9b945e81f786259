using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Funds;

/// <summary>A fund's mandate as anyone reads it on the fund's public page (funds and their mandates are public, like startup profiles).</summary>
public static class GetMandate
{
    [AllowAnonymous]
    public sealed record Query(Guid FundId) : IQuery<MandateView>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, MandateView>
    {
        public async ValueTask<MandateView> Handle(Query query, CancellationToken ct) => await MandateView.LoadAsync(db, query.FundId, ct);
    }
}
