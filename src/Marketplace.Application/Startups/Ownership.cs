using Marketplace.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>Who owns what: the ownership checks every founder use case makes.</summary>
public static class Ownership
{
    public static Task<bool> IsStartupOwnerAsync(this IAppDbContext db, Guid startupId, Guid? userId, CancellationToken ct) =>
        userId is { } id ? db.StartupMembers.AnyAsync(m => m.StartupId == startupId && m.UserId == id, ct) : Task.FromResult(false);

    public static Task<bool> IsProjectOwnerAsync(this IAppDbContext db, Guid projectId, Guid? userId, CancellationToken ct) =>
        userId is { } id
            ? db.Projects.AnyAsync(p => p.Id == projectId && db.StartupMembers.Any(m => m.StartupId == p.StartupId && m.UserId == id), ct)
            : Task.FromResult(false);

    public static async Task<List<Guid>> StartupOwnerIdsAsync(this IAppDbContext db, Guid startupId, CancellationToken ct) =>
        await db.StartupMembers.Where(m => m.StartupId == startupId).Select(m => m.UserId).ToListAsync(ct);

    /// <summary>The funds the user manages (any role).</summary>
    public static async Task<List<Guid>> FundIdsOfAsync(this IAppDbContext db, Guid? userId, CancellationToken ct) =>
        userId is { } id ? await db.FundMembers.Where(m => m.UserId == id).Select(m => m.FundId).ToListAsync(ct) : [];
}
