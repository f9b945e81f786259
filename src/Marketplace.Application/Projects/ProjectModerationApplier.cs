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
public sealed class ProjectModerationApplier(IAppDbContext db, Notifier notifier, TimeProvider clock) : IModerationApplier
{
    public string ContentType => Project.ContentType;

    /// <summary>The project's title as published now, in both languages.</summary>
    public async Task<IReadOnlyDictionary<Guid, LocalizedText>> NamesAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken ct) =>
        await db.Projects.AsNoTracking().Where(p => contentIds.Contains(p.Id)).Select(p => new { p.Id, p.Title })
            .ToDictionaryAsync(p => p.Id, p => p.Title, ct);

    public async Task<IReadOnlyList<ProposedChange>> DescribeAsync(ModerationRequest request, CancellationToken ct)
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

    public async Task ApplyAsync(ModerationRequest request, CancellationToken ct)
    {
        var project = await FindAsync(request, ct);
        string kind;
        if (request.Kind == ModerationKind.Revision)
        {
            ProjectRevision.Read(request.Payload).CopyTo(project);
            kind = "project-revision-approved";
        }
        else
        {
            ModerationWorkflow.Move(project, ModerationState.Published);
            project.PublishedAt = clock.GetUtcNow().UtcDateTime;
            kind = "project-published";
        }
        await NotifyOwnersAsync(project, kind, null, ct);
    }

    public async Task RefuseAsync(ModerationRequest request, CancellationToken ct)
    {
        var project = await FindAsync(request, ct);
        string kind;
        if (request.Kind == ModerationKind.Revision)
            kind = "project-revision-rejected";
        else
        {
            var state = ModerationWorkflow.StateAfter(request.Kind, request.Decision)
                ?? throw new InvalidOperationException($"No state after {request.Decision}.");
            ModerationWorkflow.Move(project, state);
            kind = state == ModerationState.ChangesRequested ? "project-changes-requested" : "project-rejected";
        }
        await NotifyOwnersAsync(project, kind, request.Reason, ct);
    }

    private async Task<Project> FindAsync(ModerationRequest request, CancellationToken ct) =>
        await db.Projects.FirstOrDefaultAsync(p => p.Id == request.ContentId, ct) ?? throw new NotFoundException("Project");

    private async Task NotifyOwnersAsync(Project project, string kind, string? reason, CancellationToken ct) =>
        notifier.NotifyAll(await db.StartupOwnerIdsAsync(project.StartupId, ct), kind, $"/projects/{project.Id}",
            ProjectRules.Name(project.Title), reason ?? "");

    private static string Amount(ProjectRevision r) =>
        r.SeekingAmount.ToString("N0", CultureInfo.InvariantCulture) + " " + r.SeekingCurrency;

    private static string Metrics(ProjectRevision r) =>
        string.Join("\n", r.Traction.Select(t => $"{t.Metric}: {t.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
}
