using Marketplace.Application.Common;
using Marketplace.Domain.Positions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>Who speaks for a position: the founders of its startup, or the managers of its fund.</summary>
public static class PositionAccess
{
    public static Task<bool> IsPosterAsync(this IAppDbContext db, Position position, Guid? userId, CancellationToken ct) =>
        IsPosterAsync(db, position.StartupId, position.FundId, userId, ct);

    public static Task<bool> IsPosterAsync(this IAppDbContext db, Guid? startupId, Guid? fundId, Guid? userId, CancellationToken ct)
    {
        if (userId is not { } id)
            return Task.FromResult(false);
        return startupId is { } s
            ? db.StartupMembers.AnyAsync(m => m.StartupId == s && m.UserId == id, ct)
            : db.FundMembers.AnyAsync(m => m.FundId == fundId && m.UserId == id, ct);
    }

    /// <summary>Everyone who speaks for the position (to notify them).</summary>
    public static async Task<List<Guid>> PosterUserIdsAsync(this IAppDbContext db, Position position, CancellationToken ct) =>
        position.StartupId is { } s
            ? await db.StartupMembers.Where(m => m.StartupId == s).Select(m => m.UserId).ToListAsync(ct)
            : await db.FundMembers.Where(m => m.FundId == position.FundId).Select(m => m.UserId).ToListAsync(ct);

    /// <summary>Positions whose poster the user speaks for (startups they found, funds they manage).</summary>
    public static IQueryable<Position> PostedBy(this IQueryable<Position> positions, IAppDbContext db, Guid userId) =>
        positions.Where(p =>
            (p.StartupId != null && db.StartupMembers.Any(m => m.StartupId == p.StartupId && m.UserId == userId))
            || (p.FundId != null && db.FundMembers.Any(m => m.FundId == p.FundId && m.UserId == userId)));
}
