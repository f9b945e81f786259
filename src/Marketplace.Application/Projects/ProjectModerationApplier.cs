using System.Globalization;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Application.Notifications;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>
/// What an administrator's decision does to a project: a publication request publishes it, sends it
/// back for changes or rejects it; an approved revision is copied onto the published project. Every
/// owner is told of every decision, with the reason when there is one.
/// </summary>
public sealed class ProjectModerationApplier(IAppDbContext db, Notifier notifier, TimeProvider clock)
    : ListingModerationApplier<Project>(notifier, clock)
{
    public override string ContentType => Project.ContentType;

    /// <summary>The project's title as published now, in both languages.</summary>
    public override async Task<IReadOnlyDictionary<Guid, LocalizedText>> NamesAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken ct) =>
        await db.Projects.AsNoTracking().Where(p => contentIds.Contains(p.Id)).Select(p => new { p.Id, p.Title })
            .ToDictionaryAsync(p => p.Id, p => p.Title, ct);

    public override async Task<IReadOnlyList<ProposedChange>> DescribeAsync(ModerationRequest request, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.ContentId, ct)
            ?? throw new NotFoundException("Project");
        var current = ProjectRevision.Of(project);
        // New content has nothing published yet: the whole project is the proposal.
        var (before, after) = request.Kind == ModerationKind.Revision
            ? (current, ProjectRevision.Read(request.Payload))
            : (null, current);
        return
        [
            new("TitleEn", before?.Title.En, after.Title.En),
            new("TitleZh", before?.Title.Zh, after.Title.Zh),
            new("SummaryEn", before?.Summary.En, after.Summary.En),
            new("SummaryZh", before?.Summary.Zh, after.Summary.Zh),
            new("SeekingAmount", before is null ? null : Amount(before), Amount(after)),
            new("Instrument", before?.Instrument, after.Instrument, ChangeShape.Code),
            new("Stage", before?.Stage, after.Stage, ChangeShape.Code),
            new("UseOfFundsEn", before?.UseOfFunds.En, after.UseOfFunds.En),
            new("UseOfFundsZh", before?.UseOfFunds.Zh, after.UseOfFunds.Zh),
            new("Traction", before is null ? null : Metrics(before), Metrics(after), ChangeShape.CodedNumbers),
        ];
    }

    protected override async Task<Project> FindAsync(Guid id, CancellationToken ct) =>
        await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Project");

    protected override void ApplyRevision(string payload, Project project) => ProjectRevision.Read(payload).CopyTo(project);

    protected override string LinkTo(Project project) => $"/projects/{project.Id}";

    protected override async Task<IReadOnlyCollection<Guid>> EditorIdsAsync(Project project, CancellationToken ct) =>
        await db.StartupOwnerIdsAsync(project.StartupId, ct);

    private static string Amount(ProjectRevision r) =>
        r.SeekingAmount.ToString("N0", CultureInfo.InvariantCulture) + " " + r.SeekingCurrency;

    private static string Metrics(ProjectRevision r) =>
        string.Join("\n", r.Traction.Select(t => $"{t.Metric}: {t.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
}
