using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>The choices of the startup form (new, and again after a refused save).</summary>
public static class GetStartupChoices
{
    public sealed record Query : IQuery<StartupChoices>;

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, StartupChoices>
    {
        public async ValueTask<StartupChoices> Handle(Query query, CancellationToken ct) => await StartupChoices.LoadAsync(db, ct);
    }
}
