using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>Who may change a mandate: the fund's partners. Analysts screen deals but do not set what the fund invests in.</summary>
internal static class MandateAccess
{
    /// <summary>The fund (tracked when it is to be changed); NotFound when there is none, Forbidden for anyone but its partners.</summary>
    public static async Task<Fund> RequirePartnerAsync(IAppDbContext db, ICurrentUser user, Guid fundId, bool track, CancellationToken ct)
    {
        var query = track ? db.Funds : db.Funds.AsNoTracking();
        var fund = await query.FirstOrDefaultAsync(f => f.Id == fundId, ct) ?? throw new NotFoundException("Fund");
        var isPartner = user.Id is { } id
            && await db.FundMembers.AnyAsync(m => m.FundId == fundId && m.UserId == id && m.Role == FundRoles.Partner, ct);
        return isPartner ? fund : throw new ForbiddenException();
    }
}
