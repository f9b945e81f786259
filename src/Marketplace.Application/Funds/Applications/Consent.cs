using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Applications;

/// <summary>What applications and intros share: the mandate check, the project's names, the decision's checks.</summary>
internal static class Consent
{
    public const int MessageMaxLength = 4000;
    public const int NoteMaxLength = 2000;

    public static Task<FitResult> FitAsync(IAppDbContext db, Fund fund, Project project, CancellationToken ct) =>
        MandateFitReader.EvaluateAsync(db, fund, project, ct);

    public static bool IsOpen(ConsentStatus status) => status is ConsentStatus.Pending or ConsentStatus.Accepted;

    public static void RequirePending(ConsentStatus status)
    {
        if (status != ConsentStatus.Pending)
            throw new DomainException("Consent.AlreadyDecided");
    }

    public static async Task<(Guid StartupId, LocalizedText Title)> ProjectAsync(IAppDbContext db, Guid projectId, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => new { p.StartupId, p.Title }).FirstAsync(ct);
        return (p.StartupId, p.Title);
    }
}
