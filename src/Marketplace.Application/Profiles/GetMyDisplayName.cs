using FluentValidation;
using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Profiles;

/// <summary>
/// The signed-in user's published display name, read fresh for the navigation: the sign-in cookie
/// keeps the name it was issued with, which an approved rename would otherwise leave stale until the
/// next sign-in. Null when the account has no profile.
/// </summary>
public static class GetMyDisplayName
{
    public sealed record Query : IQuery<string?>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, string?>
    {
        public async ValueTask<string?> Handle(Query query, CancellationToken ct)
        {
            var id = user.Id ?? throw new NotAuthenticatedException();
            return await db.UserProfiles.AsNoTracking().Where(p => p.Id == id).Select(p => p.DisplayName).FirstOrDefaultAsync(ct);
        }
    }
}
