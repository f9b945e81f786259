using Marketplace.Application.Accounts;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Identity;

public sealed class UserEmailAddresses(AppDbContext db) : IUserEmailAddresses
{
    public async Task<IReadOnlyDictionary<Guid, string>> ConfirmedOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.Email != null && u.EmailConfirmed)
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email!, ct);

    public async Task<IReadOnlyDictionary<Guid, string>> AllOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email!, ct);
}
