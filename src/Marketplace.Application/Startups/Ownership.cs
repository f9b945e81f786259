using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

/// <summary>Who owns what: the ownership checks every founder use case makes, and the fund-team roles the fund use cases check.</summary>
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

    /// <summary>The user's role in the fund (partner or analyst), or null for anyone who is not on its team.</summary>
    public static async Task<string?> FundRoleOfAsync(this IAppDbContext db, Guid fundId, Guid? userId, CancellationToken ct) =>
        userId is { } id ? await db.FundMembers.Where(m => m.FundId == fundId && m.UserId == id).Select(m => m.Role).FirstOrDefaultAsync(ct) : null;

    public static Task<bool> IsFundMemberAsync(this IAppDbContext db, Guid fundId, Guid? userId, CancellationToken ct) =>
        userId is { } id ? db.FundMembers.AnyAsync(m => m.FundId == fundId && m.UserId == id, ct) : Task.FromResult(false);

    /// <summary>Partners run the fund: they edit it and its team. Analysts work its deals.</summary>
    public static Task<bool> IsFundPartnerAsync(this IAppDbContext db, Guid fundId, Guid? userId, CancellationToken ct) =>
        userId is { } id ? db.FundMembers.AnyAsync(m => m.FundId == fundId && m.UserId == id && m.Role == FundRoles.Partner, ct) : Task.FromResult(false);

    public static async Task<List<Guid>> FundMemberIdsAsync(this IAppDbContext db, Guid fundId, CancellationToken ct) =>
        await db.FundMembers.Where(m => m.FundId == fundId).Select(m => m.UserId).ToListAsync(ct);
}
