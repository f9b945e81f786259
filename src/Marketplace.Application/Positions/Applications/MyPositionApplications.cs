using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

/// <summary>An application as its researcher sees it in the list.</summary>
public sealed record MyPositionApplicationItem(
    Guid Id, Guid PositionId, LocalizedText Title, LocalizedText PosterName, ApplicationStage Stage, string? RejectionReason,
    DateTime CreatedAt, DateTime UpdatedAt, Guid? ConversationId);

/// <summary>One application as its researcher sees it: where it stands, why it ended, the history, and what they may do.</summary>
public sealed record MyPositionApplication(
    Guid Id, Guid PositionId, LocalizedText Title, LocalizedText PosterName, string Note, ApplicationStage Stage,
    string? RejectionReason, string? RejectionNote, Guid? ConversationId, DateTime CreatedAt, bool CanWithdraw, int Version,
    IReadOnlyList<ApplicationHistoryItem> History);

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

/// <summary>The researcher's applications, latest activity first.</summary>
public static class ListMyPositionApplications
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Query(int? Page = null) : IQuery<PagedList<MyPositionApplicationItem>>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PagedList<MyPositionApplicationItem>>
    {
        public async ValueTask<PagedList<MyPositionApplicationItem>> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var page = await (
                from a in db.PositionApplications.AsNoTracking()
                where a.ResearcherId == me
                join p in db.Positions.AsNoTracking() on a.PositionId equals p.Id
                orderby a.UpdatedAt descending, a.Id
                select new { a.Id, a.PositionId, p.Title, p.StartupId, p.FundId, a.Stage, a.RejectionReason, a.CreatedAt, a.UpdatedAt, a.ConversationId })
                .ToPagedListAsync(query.Page, null, ct);
            var names = await PosterNames.ForAsync(db, page.Items.Select(i => (i.StartupId, i.FundId)), ct);
            return new PagedList<MyPositionApplicationItem>(
                page.Items.Select(i => new MyPositionApplicationItem(i.Id, i.PositionId, i.Title, names(i.StartupId, i.FundId), i.Stage, i.RejectionReason,
                    i.CreatedAt, i.UpdatedAt, i.ConversationId)).ToList(),
                page.Page, page.PageSize, page.Total);
        }
    }
}

/// <summary>One of the researcher's applications; anyone else's is not found.</summary>
public static class GetMyPositionApplication
{
    [RequiresRole(RoleNames.Researcher)]
    public sealed record Query(Guid Id) : IQuery<MyPositionApplication>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, MyPositionApplication>
    {
        public async ValueTask<MyPositionApplication> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var found = await (
                from a in db.PositionApplications.AsNoTracking()
                where a.Id == query.Id && a.ResearcherId == me
                join p in db.Positions.AsNoTracking() on a.PositionId equals p.Id
                select new
                {
                    a.Id, a.PositionId, p.Title, p.StartupId, p.FundId, a.Note, a.Stage, a.RejectionReason, a.RejectionNote, a.ConversationId,
                    a.CreatedAt, a.Version,
                }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Application");
            var names = await PosterNames.ForAsync(db, [(found.StartupId, found.FundId)], ct);
            return new MyPositionApplication(found.Id, found.PositionId, found.Title, names(found.StartupId, found.FundId), found.Note, found.Stage,
                found.RejectionReason, found.RejectionNote, found.ConversationId, found.CreatedAt, ApplicationStages.IsLive(found.Stage), found.Version,
                await ApplicationHistory.OfAsync(db, found.Id, ct));
        }
    }
}
