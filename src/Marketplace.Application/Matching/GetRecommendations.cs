using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Matching;
using Mediator;

namespace Marketplace.Application.Matching;

/// <summary>
/// A subject's recommendations page, to whoever speaks for the subject (<see cref="RecommendationAccess"/>):
/// the current generation, less what was dismissed or closed since, each item with its "why".
/// </summary>
public static class GetRecommendations
{
    public const int PageSize = 10;

    public sealed record Query(string SubjectKind, Guid SubjectId, int? Page = null) : IQuery<RecommendationList>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, RecommendationList>
    {
        public async ValueTask<RecommendationList> Handle(Query query, CancellationToken ct)
        {
            var name = await RecommendationAccess.RequireAsync(db, user, query.SubjectKind, query.SubjectId, ct);
            MatchSides.TryParse(query.SubjectKind, out var side);
            var page = Paging.Page(query.Page);
            if (!await RecommendationAccess.EnabledAsync(db, user.Id!.Value, ct))
                return new RecommendationList(query.SubjectKind, query.SubjectId, name, false, false, new PagedList<RecommendedItem>([], 1, PageSize, 0), []);
            var slice = await RecommendationReader.ReadAsync(db, user, side, query.SubjectId, (page - 1) * PageSize, PageSize, clock.GetUtcNow().UtcDateTime, ct);
            var diagnosis = side == MatchSide.Fund && slice.Total == 0
                ? await Funds.MandateDiagnoser.DiagnoseAsync(db, query.SubjectId, ct)
                : null;
            return new RecommendationList(query.SubjectKind, query.SubjectId, name, true, slice.Computed,
                new PagedList<RecommendedItem>(slice.Items, page, PageSize, slice.Total), DismissReasons.For(query.SubjectKind), diagnosis);
        }
    }
}
