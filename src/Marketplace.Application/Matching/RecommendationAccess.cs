using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Positions;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

/// <summary>
/// Whose recommendations a list is: a fund's to its managers, a project's to its startup's founders, a
/// researcher's to that researcher, a position's to its posters; administrators may read every list.
/// Anyone else is told the list does not exist (404), so nobody learns whose lists there are.
/// </summary>
public static class RecommendationAccess
{
    /// <summary>The subject's name in the reader's language, once the reader is allowed; otherwise <see cref="NotFoundException"/>.</summary>
    public static async Task<string> RequireAsync(IAppDbContext db, ICurrentUser user, string? subjectKind, Guid subjectId, CancellationToken ct)
    {
        var me = user.Id ?? throw new NotAuthenticatedException();
        if (!MatchSides.TryParse(subjectKind, out var side))
            throw new NotFoundException("Recommendations");
        var admin = user.IsInRole(RoleNames.Admin);
        string? name = side switch
        {
            MatchSide.Fund => await db.Funds.AsNoTracking()
                .Where(f => f.Id == subjectId && (admin || db.FundMembers.Any(m => m.FundId == f.Id && m.UserId == me)))
                .Select(f => f.Name).FirstOrDefaultAsync(ct) is { } fund ? fund.ForCurrentCulture() : null,
            MatchSide.Project => await db.Projects.AsNoTracking()
                .Where(p => p.Id == subjectId && (admin || db.StartupMembers.Any(m => m.StartupId == p.StartupId && m.UserId == me)))
                .Select(p => p.Title).FirstOrDefaultAsync(ct) is { } project ? project.ForCurrentCulture() : null,
            MatchSide.Researcher => await db.UserProfiles.AsNoTracking()
                .Where(u => u.Id == subjectId && (admin || u.Id == me) && db.ResearcherProfiles.Any(r => r.Id == u.Id))
                .Select(u => u.DisplayName).FirstOrDefaultAsync(ct),
            _ => await db.Positions.AsNoTracking().Where(p => p.Id == subjectId).FirstOrDefaultAsync(ct) is { } position
                 && (admin || await db.IsPosterAsync(position, me, ct))
                ? position.Title.ForCurrentCulture()
                : null,
        };
        return name ?? throw new NotFoundException("Recommendations");
    }

    /// <summary>Whether the user wants personalised recommendations (the setting on their profile).</summary>
    public static Task<bool> EnabledAsync(IAppDbContext db, Guid userId, CancellationToken ct) =>
        db.UserProfiles.AsNoTracking().Where(u => u.Id == userId).Select(u => u.RecommendationsEnabled).FirstOrDefaultAsync(ct);
}
