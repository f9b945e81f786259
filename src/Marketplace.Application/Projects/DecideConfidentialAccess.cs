using Marketplace.Application.Common;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>What grant, decline and revoke share: an owner moves one fund's access and its managers are told.</summary>
internal static class AccessDecisions
{
    private static readonly Dictionary<AccessStatus, AccessStatus[]> From = new()
    {
        [AccessStatus.Granted] = [AccessStatus.Requested, AccessStatus.Declined, AccessStatus.Revoked],
        [AccessStatus.Declined] = [AccessStatus.Requested],
        [AccessStatus.Revoked] = [AccessStatus.Granted],
    };

    public static async Task DecideAsync(IAppDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier,
        Guid projectId, Guid accessId, int version, AccessStatus to, CancellationToken ct)
    {
        var project = await ProjectReader.RequireOwnerAsync(db, user, projectId, track: false, ct);
        var access = await db.ConfidentialAccesses.FirstOrDefaultAsync(a => a.Id == accessId && a.ProjectId == project.Id, ct)
            ?? throw new NotFoundException("Access");
        db.Entry(access).Property(a => a.Version).OriginalValue = version;
        if (!From[to].Contains(access.Status))
            throw new DomainException("Access.InvalidTransition");
        access.Status = to;
        access.DecidedById = user.Id;
        access.DecidedAt = clock.GetUtcNow().UtcDateTime;

        var managers = await db.FundMembers.AsNoTracking().Where(m => m.FundId == access.FundId).Select(m => m.UserId).ToListAsync(ct);
        var fundName = await db.Funds.AsNoTracking().Where(f => f.Id == access.FundId).Select(f => f.Name).FirstAsync(ct);
        notifier.NotifyAll(managers, "confidential-access-" + to.ToString().ToLowerInvariant(), $"/projects/{project.Id}",
            ProjectRules.Name(project.Title), ProjectRules.Name(fundName));
        await db.SaveChangesAsync(ct);
    }
}
