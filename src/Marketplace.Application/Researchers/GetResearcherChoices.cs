using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// The choices of the profile form and of the search filters (after a refused save or search the page is
/// shown again with what was typed). Reference data only, for any signed-in user.
/// </summary>
public static class GetResearcherChoices
{
    public sealed record Query : IQuery<ResearcherChoices>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, ResearcherChoices>
    {
        public async ValueTask<ResearcherChoices> Handle(Query query, CancellationToken ct) => await ResearcherChoices.LoadAsync(db, ct);
    }
}
