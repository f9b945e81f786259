using System.Globalization;
using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching.Explanation;
using Marketplace.Application.Matching.Store;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Common;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Matching;

/// <summary>
/// The weekly digest of new recommendations, for one batch of users (the job calls it with the
/// returned cursor until there is none, so a large user base is never loaded at once).
/// <para>
/// Who: active accounts with recommendations and the digest both on, that speak for a subject — a
/// fund they manage, a project of a startup they found, their researcher profile, a position their
/// startup or fund posts. What: the rows of the current generation for those subjects first seen
/// since the user's previous digest (the last 7 days before the first), without targets dismissed
/// since and targets no longer published or open. The e-mail goes to confirmed addresses only; an
/// account whose address is unconfirmed still gets the digest in the app.
/// </para>
/// <para>
/// Once per user and period: the <see cref="DigestDelivery"/> row and the in-app notification are
/// written together (a savepoint each, in the batch's transaction); a user who has a row for the
/// period is skipped, and a concurrent run that got there first (the unique index on user and period)
/// counts as sent, not as an error. The e-mail goes out only AFTER the transaction commits: sent
/// inside it, a crash between sending and committing would lose the delivery row and the next run
/// would send the same digest again. After the commit, a crash can at worst lose an e-mail whose
/// digest is still in the app (the notification was committed with the row); a digest is never
/// sent twice, and a delivery row is never lost. A failure to send is logged, not retried.
/// </para>
/// </summary>
public static class SendRecommendationDigests
{
    public const int DefaultBatchSize = 100;
    public const string NotificationKind = "recommendation-digest";
    public const string DashboardPath = "/dashboard";
    public const string SettingsPath = "/account/profile";

    /// <summary>Users after <see cref="After"/> (by id), for <see cref="Period"/> (null: the ISO week of now).</summary>
    [SystemOnly]
    public sealed record Command(string? Period = null, Guid? After = null, int BatchSize = DefaultBatchSize) : ICommand<Batch>;

    /// <summary>What one batch did; <see cref="Next"/> is where the following batch starts, null after the last.</summary>
    public sealed record Batch(string Period, int Users, int Sent, Guid? Next);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Period).Must(p => p is null || DigestPeriods.IsValid(p)).WithMessage(_ => Text.Get("Validation.DigestPeriod"));
            RuleFor(x => x.BatchSize).InclusiveBetween(1, 1000);
        }
    }

    private sealed record Recipient(Guid Id, string DisplayName, string Culture);

    /// <summary>A subject's list: whose it is (kind and id) and its name (null: the reader's own researcher profile).</summary>
    private sealed record Subject(string Kind, Guid Id, LocalizedText? Name);

    private sealed record Row(string SubjectKind, Guid SubjectId, string TargetKind, Guid TargetId, double Score, string Factors, DateTime FirstSeenAt);

    public sealed class Handler(
        IAppDbContext db, IUnitOfWork unitOfWork, Notifier notifier, IUserEmailAddresses addresses, IAppLinks links, IEmailSender mail,
        TimeProvider clock, ILogger<Handler> logger) : ICommandHandler<Command, Batch>
    {
        public async ValueTask<Batch> Handle(Command command, CancellationToken ct)
        {
            var moment = clock.GetUtcNow();
            var now = moment.UtcDateTime;
            var period = command.Period ?? DigestPeriods.Of(moment);
            var users = await RecipientsAsync(command.After, command.BatchSize, ct);
            var next = users.Count == command.BatchSize ? users[^1].Id : (Guid?)null;
            var ids = users.Select(u => u.Id).ToList();
            var done = await db.DigestDeliveries.AsNoTracking().Where(d => d.Period == period && ids.Contains(d.UserId)).Select(d => d.UserId).ToListAsync(ct);
            var pending = users.Where(u => !done.Contains(u.Id)).ToList();
            if (pending.Count == 0)
                return new Batch(period, users.Count, 0, next);

            var names = await RecommendationVocabulary.LoadAsync(db, ct);
            var digests = await NewItemsAsync(pending.Select(u => u.Id).ToList(), names, now, ct);
            var emails = await addresses.ConfirmedOfAsync(digests.Keys, ct);
            var outbox = new List<EmailMessage>();
            var sent = 0;
            foreach (var user in pending)
            {
                if (!digests.TryGetValue(user.Id, out var items) || items.Count == 0)
                    continue;
                db.DigestDeliveries.Add(new DigestDelivery { UserId = user.Id, Period = period, Items = items.Count, SentAt = now });
                notifier.Notify(user.Id, NotificationKind, DashboardPath, items.Count.ToString(CultureInfo.InvariantCulture));
                try
                {
                    // EF Core saves inside a savepoint of the open transaction: a failure undoes this user's rows only.
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException e) when (IsAlreadySent(e))
                {
                    db.ChangeTracker.Clear();
                    continue;
                }
                sent++;
                if (emails.TryGetValue(user.Id, out var address))
                    outbox.Add(DigestEmail.Compose(address, user.Culture, user.DisplayName, items, names, links.Page(DashboardPath), links.Page(SettingsPath)));
            }
            if (outbox.Count > 0)
                unitOfWork.AfterCommit(_ => SendAsync(outbox));
            return new Batch(period, users.Count, sent, next);
        }

        private async Task<List<Recipient>> RecipientsAsync(Guid? after, int batchSize, CancellationToken ct)
        {
            var query = db.UserProfiles.AsNoTracking()
                .Where(u => u.Status == AccountStatus.Active && u.DigestEnabled && u.RecommendationsEnabled)
                .Where(u => db.FundMembers.Any(m => m.UserId == u.Id) || db.StartupMembers.Any(m => m.UserId == u.Id)
                            || db.ResearcherProfiles.Any(r => r.Id == u.Id));
            if (after is { } cursor)
                query = query.Where(u => u.Id.CompareTo(cursor) > 0);
            return await query.OrderBy(u => u.Id).Take(batchSize)
                .Select(u => new Recipient(u.Id, u.DisplayName, u.Culture)).ToListAsync(ct);
        }

        /// <summary>Each user's new recommendations, best first (users with none are absent or empty).</summary>
        private async Task<Dictionary<Guid, List<DigestItem>>> NewItemsAsync(List<Guid> userIds, RecommendationVocabulary names, DateTime now, CancellationToken ct)
        {
            var subjects = await SubjectsAsync(userIds, now, ct);
            var subjectIds = subjects.Values.SelectMany(s => s).Select(s => s.Id).Distinct().ToList();
            if (subjectIds.Count == 0)
                return [];

            var lastSent = await db.DigestDeliveries.AsNoTracking().Where(d => userIds.Contains(d.UserId))
                .GroupBy(d => d.UserId).Select(g => new { g.Key, Last = g.Max(d => d.SentAt) })
                .ToDictionaryAsync(g => g.Key, g => g.Last, ct);
            DateTime Since(Guid user) => lastSent.TryGetValue(user, out var last) ? last : now.AddDays(-7);
            var earliest = userIds.Min(Since);

            var rows = new List<Row>();
            foreach (var pairing in Pairings.All)
            {
                if (await db.CurrentGenerations.CurrentIdAsync(pairing, ct) is not { } generation)
                    continue;
                rows.AddRange(await db.Recommendations.AsNoTracking()
                    .Where(r => r.GenerationId == generation && subjectIds.Contains(r.SubjectId) && r.FirstSeenAt > earliest)
                    .Select(r => new Row(r.SubjectKind, r.SubjectId, r.TargetKind, r.TargetId, r.Score, r.Factors, r.FirstSeenAt))
                    .ToListAsync(ct));
            }
            if (rows.Count == 0)
                return [];

            var dismissed = await DismissedAsync(subjectIds, ct);
            var targets = await LiveTargetsAsync(rows, now, ct);
            var result = new Dictionary<Guid, List<DigestItem>>();
            foreach (var user in userIds)
            {
                if (!subjects.TryGetValue(user, out var mine))
                    continue;
                var since = Since(user);
                var bySubject = mine.ToDictionary(s => (s.Kind, s.Id));
                result[user] = rows
                    .Where(r => r.FirstSeenAt > since && bySubject.ContainsKey((r.SubjectKind, r.SubjectId))
                                && targets.ContainsKey((r.TargetKind, r.TargetId)) && !dismissed.Contains((r.SubjectKind, r.SubjectId, r.TargetId)))
                    .OrderByDescending(r => r.Score).ThenByDescending(r => r.FirstSeenAt).ThenBy(r => r.TargetId)
                    .Select(r => new DigestItem(targets[(r.TargetKind, r.TargetId)], bySubject[(r.SubjectKind, r.SubjectId)].Name,
                        RecommendationText.Reason(RecommendationJson.ReadFactors(r.Factors), names)))
                    .ToList();
            }
            return result;
        }

        /// <summary>The lists each user may read: funds they manage, projects of their startups, their profile, positions they post.</summary>
        private async Task<Dictionary<Guid, List<Subject>>> SubjectsAsync(List<Guid> userIds, DateTime now, CancellationToken ct)
        {
            var funds = await (
                from m in db.FundMembers.AsNoTracking()
                join f in db.Funds.AsNoTracking() on m.FundId equals f.Id
                where userIds.Contains(m.UserId) && f.OpenToNewDeals
                select new { m.UserId, f.Id, f.Name }).ToListAsync(ct);
            var projects = await (
                from m in db.StartupMembers.AsNoTracking()
                join p in db.Projects.AsNoTracking() on m.StartupId equals p.StartupId
                where userIds.Contains(m.UserId) && p.State == ModerationState.Published
                select new { m.UserId, p.Id, p.Title }).ToListAsync(ct);
            var researchers = await db.ResearcherProfiles.AsNoTracking().Where(r => userIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct);
            // The posters of a position are the founders of its startup or the managers of its fund (PositionAccess.PostedBy).
            var startupPositions = await (
                from m in db.StartupMembers.AsNoTracking()
                join p in db.Positions.AsNoTracking() on (Guid?)m.StartupId equals p.StartupId
                where userIds.Contains(m.UserId) && p.State == ModerationState.Published
                select new { m.UserId, p.Id, p.Title, p.Deadline }).ToListAsync(ct);
            var fundPositions = await (
                from m in db.FundMembers.AsNoTracking()
                join p in db.Positions.AsNoTracking() on (Guid?)m.FundId equals p.FundId
                where userIds.Contains(m.UserId) && p.State == ModerationState.Published
                select new { m.UserId, p.Id, p.Title, p.Deadline }).ToListAsync(ct);
            var today = DateOnly.FromDateTime(now);

            var result = new Dictionary<Guid, List<Subject>>();
            void Add(Guid user, Subject subject)
            {
                if (!result.TryGetValue(user, out var list))
                    result[user] = list = [];
                if (!list.Any(s => s.Kind == subject.Kind && s.Id == subject.Id))
                    list.Add(subject);
            }
            foreach (var f in funds)
                Add(f.UserId, new Subject(MatchKinds.Fund, f.Id, f.Name));
            foreach (var p in projects)
                Add(p.UserId, new Subject(MatchKinds.Project, p.Id, p.Title));
            foreach (var r in researchers)
                Add(r, new Subject(MatchKinds.Researcher, r, null));
            foreach (var p in startupPositions.Concat(fundPositions).Where(p => p.Deadline is null || p.Deadline >= today))
                Add(p.UserId, new Subject(MatchKinds.Position, p.Id, p.Title));
            return result;
        }

        /// <summary>(subject kind, subject, target) whose latest feedback is a dismissal, perhaps given after the last computation.</summary>
        private async Task<HashSet<(string, Guid, Guid)>> DismissedAsync(List<Guid> subjectIds, CancellationToken ct)
        {
            var feedback = await db.RecommendationFeedback.AsNoTracking().Where(f => subjectIds.Contains(f.SubjectId))
                .OrderBy(f => f.At).ThenBy(f => f.Id)
                .Select(f => new { f.SubjectKind, f.SubjectId, f.TargetId, f.Action }).ToListAsync(ct);
            var latest = new Dictionary<(string, Guid, Guid), string>();
            foreach (var f in feedback)
                latest[(f.SubjectKind, f.SubjectId, f.TargetId)] = f.Action;
            return latest.Where(l => l.Value == FeedbackActions.Dismissed).Select(l => l.Key).ToHashSet();
        }

        /// <summary>The names of the targets still on offer: published projects, funds open to deals, open positions, visible researchers of active accounts.</summary>
        private async Task<Dictionary<(string Kind, Guid Id), LocalizedText>> LiveTargetsAsync(List<Row> rows, DateTime now, CancellationToken ct)
        {
            List<Guid> Of(string kind) => rows.Where(r => r.TargetKind == kind).Select(r => r.TargetId).Distinct().ToList();
            var result = new Dictionary<(string, Guid), LocalizedText>();

            var projectIds = Of(MatchKinds.Project);
            if (projectIds.Count > 0)
                foreach (var p in await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id) && p.State == ModerationState.Published)
                             .Select(p => new { p.Id, p.Title }).ToListAsync(ct))
                    result[(MatchKinds.Project, p.Id)] = p.Title;

            var fundIds = Of(MatchKinds.Fund);
            if (fundIds.Count > 0)
                foreach (var f in await db.Funds.AsNoTracking().Where(f => fundIds.Contains(f.Id) && f.OpenToNewDeals)
                             .Select(f => new { f.Id, f.Name }).ToListAsync(ct))
                    result[(MatchKinds.Fund, f.Id)] = f.Name;

            var positionIds = Of(MatchKinds.Position);
            var today = DateOnly.FromDateTime(now);
            if (positionIds.Count > 0)
                foreach (var p in await db.Positions.AsNoTracking().Where(p => positionIds.Contains(p.Id) && p.State == ModerationState.Published)
                             .Select(p => new { p.Id, p.Title, p.Deadline }).ToListAsync(ct))
                    if (p.Deadline is null || p.Deadline >= today)
                        result[(MatchKinds.Position, p.Id)] = p.Title;

            var researcherIds = Of(MatchKinds.Researcher);
            if (researcherIds.Count > 0)
                foreach (var r in await (
                             from r in db.ResearcherProfiles.AsNoTracking()
                             join u in db.UserProfiles.AsNoTracking() on r.Id equals u.Id
                             where researcherIds.Contains(r.Id) && u.Status == AccountStatus.Active && r.Visibility != ResearcherVisibility.Hidden
                             select new { r.Id, u.DisplayName }).ToListAsync(ct))
                    result[(MatchKinds.Researcher, r.Id)] = new LocalizedText(r.DisplayName, r.DisplayName);
            return result;
        }

        private static bool IsAlreadySent(DbUpdateException exception) =>
            UniqueViolations.Broke(exception, "IX_DigestDeliveries_UserId_Period", "DigestDeliveries.UserId, DigestDeliveries.Period");

        private async Task SendAsync(List<EmailMessage> outbox)
        {
            // Committed digests go out whole even if the job is being stopped: a cancelled send would be lost for good.
            foreach (var message in outbox)
            {
                try
                {
                    await mail.SendAsync(message, CancellationToken.None);
                }
                catch (Exception e)
                {
                    logger.LogError(e, "Could not send the recommendation digest to {To}", message.To);
                }
            }
        }
    }
}
