using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Startups;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>What the position filters offer besides the fixed codes: the active research areas.</summary>
public static class GetPositionFilterOptions
{
    [AllowAnonymous]
    public sealed record Query : IQuery<IReadOnlyList<NamedCode>>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, IReadOnlyList<NamedCode>>
    {
        public async ValueTask<IReadOnlyList<NamedCode>> Handle(Query query, CancellationToken ct) =>
            await db.TaxonomyTerms.AsNoTracking()
                .Where(t => t.Kind == TaxonomyKind.ResearchArea && t.IsActive)
                .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
                .Select(t => new NamedCode(t.Code, t.Name))
                .ToListAsync(ct);
    }
}
