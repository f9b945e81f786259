using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>What the new-project form needs: the startup it is for (its owners only) and the currencies to choose from.</summary>
public sealed record ProjectFormChoices(Guid StartupId, LocalizedText StartupName, IReadOnlyList<string> Currencies);

public static class GetNewProjectForm
{
    public sealed record Query(Guid StartupId) : IQuery<ProjectFormChoices>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, ProjectFormChoices>
    {
        public async ValueTask<ProjectFormChoices> Handle(Query query, CancellationToken ct)
        {
            if (!await db.IsStartupOwnerAsync(query.StartupId, user.Id, ct))
                throw new NotFoundException("Startup");
            var name = await db.Startups.AsNoTracking().Where(s => s.Id == query.StartupId).Select(s => s.Name).FirstAsync(ct);
            return new ProjectFormChoices(query.StartupId, name, await ProjectCurrencies.ListAsync(db, ct));
        }
    }
}

internal static class ProjectCurrencies
{
    public static async Task<IReadOnlyList<string>> ListAsync(IAppDbContext db, CancellationToken ct) =>
        await db.CurrencyRates.AsNoTracking().Select(r => r.Currency).OrderBy(c => c).ToListAsync(ct);
}
