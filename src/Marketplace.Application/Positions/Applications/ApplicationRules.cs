using Marketplace.Application.Common;
using Marketplace.Application.Conversations;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

/// <summary>What applying, withdrawing and moving share: who may, the one-application rule, and the poster's names.</summary>
public static class ApplicationRules
{
    public const int NoteMinLength = 20;
    public const int NoteMaxLength = 4000;
    public const int RejectionNoteMaxLength = 2000;

    /// <summary>The conversation origin of an application that reached Interview.</summary>
    public const string ConversationOrigin = "position-application";

    /// <summary>The name of the filtered unique index that holds the one-live-application rule in the database.</summary>
    public const string LiveApplicationIndex = "IX_PositionApplications_LiveApplication";

    /// <summary>The stages a poster may choose from the current one, Rejected last.</summary>
    public static IReadOnlyList<ApplicationStage> PosterMoves(ApplicationStage from) =>
        Enum.GetValues<ApplicationStage>().Where(to => ApplicationStages.PosterCanMove(from, to)).ToList();

    /// <summary>Parses a stage's name as forms send it ("Interview"); numbers and unknown names are refused.</summary>
    public static bool TryParseStage(string? value, out ApplicationStage stage)
    {
        stage = default;
        return !string.IsNullOrWhiteSpace(value) && !char.IsDigit(value.Trim()[0]) && Enum.TryParse(value.Trim(), ignoreCase: true, out stage)
            && Enum.IsDefined(stage);
    }

    /// <summary>
    /// Whether the decision is final for this researcher and position: a live application blocks a new
    /// one (the database's unique index too); a rejection or a hire ends the matter; a withdrawal does not.
    /// </summary>
    public static ApplyBlocker Blocker(bool isOpen, bool hasProfile, IEnumerable<ApplicationStage> earlierStages)
    {
        var stages = earlierStages.ToList();
        if (stages.Any(ApplicationStages.IsLive))
            return ApplyBlocker.AlreadyApplied;
        if (stages.Any(s => s is ApplicationStage.Rejected or ApplicationStage.Hired))
            return ApplyBlocker.AlreadyDecided;
        if (!isOpen)
            return ApplyBlocker.Closed;
        return hasProfile ? ApplyBlocker.None : ApplyBlocker.NoProfile;
    }

    public static string Message(ApplyBlocker blocker) => Text.Get("PositionApplication.Blocker." + blocker);

    /// <summary>A position researchers can see: published, or closed after having been published.</summary>
    public static bool IsListed(Position position) =>
        position.State == ModerationState.Published || (position.State == ModerationState.Closed && position.PublishedAt is not null);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    internal static async Task<ApplyBlocker> BlockerAsync(IAppDbContext db, Position position, Guid researcherId, DateOnly today, CancellationToken ct)
    {
        var stages = await db.PositionApplications.AsNoTracking()
            .Where(a => a.PositionId == position.Id && a.ResearcherId == researcherId).Select(a => a.Stage).ToListAsync(ct);
        var hasProfile = await db.ResearcherProfiles.AnyAsync(p => p.Id == researcherId, ct);
        return Blocker(position.IsOpen(today), hasProfile, stages);
    }

    /// <summary>The position the signed-in user posts for; a stranger is refused (and told nothing of an unpublished one).</summary>
    internal static async Task<Position> RequirePostedAsync(IAppDbContext db, ICurrentUser user, Guid positionId, CancellationToken ct)
    {
        var position = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == positionId, ct) ?? throw new NotFoundException("Position");
        if (await db.IsPosterAsync(position, user.Id, ct))
            return position;
        if (IsListed(position))
            throw new ForbiddenException();
        throw new NotFoundException("Position");
    }

    /// <summary>The startup or fund that posted the position, as a conversation party.</summary>
    internal static Party PosterParty(Position position) =>
        position.StartupId is { } startup ? Party.Startup(startup) : Party.Fund(position.FundId!.Value);

    internal static async Task<LocalizedText> PosterNameAsync(IAppDbContext db, Position position, CancellationToken ct) =>
        (await PosterNames.ForAsync(db, [(position.StartupId, position.FundId)], ct))(position.StartupId, position.FundId);

    internal static async Task<string> DisplayNameAsync(IAppDbContext db, Guid userId, CancellationToken ct) =>
        await db.UserProfiles.AsNoTracking().Where(p => p.Id == userId).Select(p => p.DisplayName).FirstOrDefaultAsync(ct) ?? "";

    /// <summary>
    /// Whether a failed save broke the one-live-application index. PostgreSQL names the index in its
    /// message; SQLite names the index's columns instead.
    /// </summary>
    public static bool IsLiveApplicationViolation(DbUpdateException exception) =>
        UniqueViolations.Broke(exception, LiveApplicationIndex, "PositionApplications.PositionId, PositionApplications.ResearcherId");
}
