using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

public static class GetProjectFilterOptions
{
    [AllowAnonymous]
    public sealed record Query : IQuery<ProjectFilterOptions>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, ProjectFilterOptions>
    {
        public async ValueTask<ProjectFilterOptions> Handle(Query query, CancellationToken ct)
        {
            var sectors = await db.TaxonomyTerms.AsNoTracking()
                .Where(t => t.Kind == TaxonomyKind.Sector && t.IsActive)
                .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
                .Select(t => new SectorOption(t.Code, t.Group, t.Name))
                .ToListAsync(ct);
            var currencies = await db.CurrencyRates.AsNoTracking().Select(r => r.Currency).ToListAsync(ct);
            // The reference currency first, then alphabetical.
            return new ProjectFilterOptions(sectors,
                currencies.OrderBy(c => c == CurrencyRate.Reference ? 0 : 1).ThenBy(c => c, StringComparer.Ordinal).ToList());
        }
    }
}
