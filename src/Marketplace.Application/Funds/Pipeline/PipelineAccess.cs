using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>
/// Who may work a fund's pipeline: its members, and nobody else. The fund itself is public (its profile),
/// so a stranger is told 403; a deal id that is not the fund's is 404. The member check comes first, so a
/// stranger learns nothing about which deals exist.
/// </summary>
internal static class PipelineAccess
{
    public static async Task<Guid> RequireMemberAsync(IAppDbContext db, ICurrentUser user, Guid fundId, CancellationToken ct)
    {
        if (!await db.Funds.AnyAsync(f => f.Id == fundId, ct))
            throw new NotFoundException("Fund");
        var me = user.Id ?? throw new NotAuthenticatedException();
        if (!await db.FundMembers.AnyAsync(m => m.FundId == fundId && m.UserId == me, ct))
            throw new ForbiddenException();
        return me;
    }

    public static async Task<(Deal Deal, Guid Me)> RequireDealAsync(
        IAppDbContext db, ICurrentUser user, Guid fundId, Guid dealId, bool track, CancellationToken ct)
    {
        var me = await RequireMemberAsync(db, user, fundId, ct);
        var deals = track ? db.Deals : db.Deals.AsNoTracking();
        var deal = await deals.FirstOrDefaultAsync(d => d.Id == dealId && d.FundId == fundId, ct) ?? throw new NotFoundException("Deal");
        return (deal, me);
    }

    public static async Task<List<TeamMemberName>> TeamAsync(IAppDbContext db, Guid fundId, CancellationToken ct) =>
        await (
            from m in db.FundMembers.AsNoTracking()
            where m.FundId == fundId
            join p in db.UserProfiles.AsNoTracking() on m.UserId equals p.Id
            orderby p.DisplayName
            select new TeamMemberName(m.UserId, p.DisplayName, m.Role)).ToListAsync(ct);

    public static async Task<LocalizedText> FundNameAsync(IAppDbContext db, Guid fundId, CancellationToken ct) =>
        await db.Funds.AsNoTracking().Where(f => f.Id == fundId).Select(f => f.Name).FirstAsync(ct);
}
