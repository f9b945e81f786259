using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>Reads a project as the current user may see it; the one place that decides who sees what.</summary>
internal static class ProjectReader
{
    /// <summary>Published, or closed after being published: the public part is everyone's.</summary>
    public static bool IsPublic(ModerationState state) => state is ModerationState.Published or ModerationState.Closed;

    public static async Task<ProjectViewer> ViewerAsync(IAppDbContext db, ICurrentUser user, Guid projectId, CancellationToken ct)
    {
        if (user.Id is not { } id)
            return new ProjectViewer(false, false, false, null);
        var isOwner = await db.IsProjectOwnerAsync(projectId, id, ct);
        var isAdmin = user.IsInRole(RoleNames.Admin);
        var fundIds = await db.FundIdsOfAsync(id, ct);
        Guid? accessFund = fundIds.Count == 0
            ? null
            : await db.ConfidentialAccesses.AsNoTracking()
                .Where(a => a.ProjectId == projectId && a.Status == AccessStatus.Granted && fundIds.Contains(a.FundId))
                .OrderBy(a => a.DecidedAt).Select(a => (Guid?)a.FundId).FirstOrDefaultAsync(ct);
        return new ProjectViewer(isOwner, isAdmin, fundIds.Count > 0, accessFund);
    }

    /// <summary>The project, or NotFound when it does not exist or is not public and the viewer is neither an owner nor an administrator.</summary>
    public static async Task<(Project Project, ProjectViewer Viewer)> FindVisibleAsync(IAppDbContext db, ICurrentUser user, Guid projectId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct) ?? throw new NotFoundException("Project");
        var viewer = await ViewerAsync(db, user, projectId, ct);
        if (!IsPublic(project.State) && !viewer.IsOwner && !viewer.IsAdmin)
            throw new NotFoundException("Project");
        return (project, viewer);
    }

    /// <summary>For the owners' pages: others get NotFound when they may not know the project exists, Forbidden when they may.</summary>
    public static async Task<Project> RequireOwnerAsync(IAppDbContext db, ICurrentUser user, Guid projectId, bool track, CancellationToken ct)
    {
        var query = track ? db.Projects : db.Projects.AsNoTracking();
        var project = await query.FirstOrDefaultAsync(p => p.Id == projectId, ct) ?? throw new NotFoundException("Project");
        if (await db.IsProjectOwnerAsync(projectId, user.Id, ct))
            return project;
        if (IsPublic(project.State) || user.IsInRole(RoleNames.Admin))
            throw new ForbiddenException();
        throw new NotFoundException("Project");
    }

    public static async Task<ProjectDetails> LoadAsync(IAppDbContext db, ICurrentUser user, Guid projectId, CancellationToken ct)
    {
        var (p, viewer) = await FindVisibleAsync(db, user, projectId, ct);
        // The startup's cluster and sectors are public: visitors filter projects by them.
        var startup = await (
            from s in db.Startups.AsNoTracking()
            where s.Id == p.StartupId
            join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
            select new { s.Name, ClusterKey = c.Key, ClusterName = c.Name, s.Sectors }).FirstAsync(ct);
        var sectors = await GetStartup.SectorNamesAsync(db, startup.Sectors, ct);
        var confidential = viewer.SeesConfidential ? await ConfidentialAsync(db, projectId, ct) : null;

        var history = viewer.IsOwner || viewer.IsAdmin
            ? await ListingHistory<ProjectRevision>.ReadAsync(db, p, nameof(Project), new Dictionary<string, string>
            {
                [nameof(CreateProject)] = "created", [nameof(UpdateProject)] = "edited", [nameof(CloseProject)] = "closed",
            }, ProjectRevision.Read, ct)
            : ListingHistory<ProjectRevision>.None;

        IReadOnlyList<FundAccessChoice> funds = [];
        if (viewer.IsFundManager && !viewer.IsOwner && IsPublic(p.State))
        {
            var id = user.Id!.Value;
            funds = await (
                from m in db.FundMembers.AsNoTracking()
                where m.UserId == id
                join f in db.Funds.AsNoTracking() on m.FundId equals f.Id
                join a in db.ConfidentialAccesses.AsNoTracking().Where(a => a.ProjectId == projectId) on f.Id equals a.FundId into accesses
                from a in accesses.DefaultIfEmpty()
                select new FundAccessChoice(f.Id, f.Name, a == null ? null : a.Status))
                .ToListAsync(ct);
            var fundIds = funds.Select(f => f.FundId).ToList();
            var deals = await db.Deals.AsNoTracking().Where(d => d.ProjectId == projectId && fundIds.Contains(d.FundId))
                .Select(d => new { d.FundId, d.Id, d.Stage }).ToListAsync(ct);
            var intros = await db.IntroRequests.AsNoTracking().Where(r => r.ProjectId == projectId && fundIds.Contains(r.FundId))
                .Select(r => new { r.FundId, r.Status, r.CreatedAt }).ToListAsync(ct);
            funds = funds.Select(f =>
            {
                var deal = deals.FirstOrDefault(d => d.FundId == f.FundId);
                var intro = intros.Where(r => r.FundId == f.FundId).OrderByDescending(r => r.CreatedAt).FirstOrDefault();
                return f with { DealId = deal?.Id, DealStage = deal?.Stage, IntroStatus = intro?.Status };
            }).ToList();
        }

        return new ProjectDetails(p.Id, p.StartupId, startup.Name, new NamedCode(startup.ClusterKey, startup.ClusterName), sectors, p.Title, p.Summary, p.SeekingAmount, p.SeekingCurrency, p.Instrument, p.Stage,
            p.UseOfFunds, p.Traction, p.State, p.ClosedReason, p.PublishedAt, p.ClosedAt,
            viewer.IsOwner || viewer.IsAdmin ? p.ViewCount : null, p.Version, viewer, confidential,
            history.Pending, history.RefusalReason, history.Timeline, funds);
    }

    public static async Task<ConfidentialDetails> ConfidentialAsync(IAppDbContext db, Guid projectId, CancellationToken ct)
    {
        var c = await db.ProjectConfidentials.AsNoTracking().FirstOrDefaultAsync(x => x.Id == projectId, ct)
            ?? throw new NotFoundException("Project");
        var deck = c.PitchDeckFileId is { } fileId
            ? await db.StoredFiles.AsNoTracking().Where(f => f.Id == fileId)
                .Select(f => new PitchDeckInfo(f.OriginalName, f.Length, f.UploadedAt)).FirstOrDefaultAsync(ct)
            : null;
        return new ConfidentialDetails(
            MoneyOf(c.PreMoneyValuationAmount, c.PreMoneyValuationCurrency),
            MoneyOf(c.RevenueLast12MonthsAmount, c.RevenueLast12MonthsCurrency),
            MoneyOf(c.MonthlyBurnAmount, c.MonthlyBurnCurrency),
            c.RunwayMonths, deck, c.Version);
    }

    private static Money? MoneyOf(long? amount, string? currency) =>
        amount is { } a && currency is not null ? new Money(a, currency) : null;
}
