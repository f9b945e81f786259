using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

internal static class PosterNames
{
    /// <summary>The startups' and funds' names for a page of positions (left joins on complex names do not translate everywhere).</summary>
    public static async Task<Func<Guid?, Guid?, LocalizedText>> ForAsync(IAppDbContext db, IEnumerable<(Guid? StartupId, Guid? FundId)> posters, CancellationToken ct)
    {
        var list = posters.ToList();
        var startupIds = list.Where(p => p.StartupId is not null).Select(p => p.StartupId!.Value).Distinct().ToList();
        var fundIds = list.Where(p => p.FundId is not null).Select(p => p.FundId!.Value).Distinct().ToList();
        var startups = await db.Startups.AsNoTracking().Where(s => startupIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var funds = await db.Funds.AsNoTracking().Where(f => fundIds.Contains(f.Id)).Select(f => new { f.Id, f.Name }).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        return (startupId, fundId) =>
            startupId is { } s && startups.TryGetValue(s, out var sn) ? sn
            : fundId is { } f && funds.TryGetValue(f, out var fn) ? fn
            : LocalizedText.Empty;
    }
}
