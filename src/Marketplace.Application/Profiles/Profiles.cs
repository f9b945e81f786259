using System.Text.Json;
using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Profiles;

/// <summary>
/// The signed-in user's profile as they see it: the published display name, and what became of
/// their last proposed name (waiting for review, or refused with a reason).
/// </summary>
public sealed record MyProfile(
    Guid Id, string DisplayName, string Role, string Culture, string TimeZone, string? HomeClusterKey, int Version,
    string? PendingDisplayName, ModerationDecision? LastDecision, string? LastProposedDisplayName, string? LastReason);

public static class GetMyProfile
{
    public sealed record Query : IQuery<MyProfile>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, MyProfile>
    {
        public async ValueTask<MyProfile> Handle(Query query, CancellationToken ct)
        {
            var id = user.Id ?? throw new NotAuthenticatedException();
            var profile = await (
                from p in db.UserProfiles.AsNoTracking()
                where p.Id == id
                join c in db.Clusters.AsNoTracking() on p.HomeClusterId equals c.Id into clusters
                from c in clusters.DefaultIfEmpty()
                select new { p.Id, p.DisplayName, p.Role, p.Culture, p.TimeZone, ClusterKey = c == null ? null : c.Key, p.Version })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Profile");

            // The user's latest request (a superseded one always has a newer one after it).
            var last = await db.ModerationRequests.AsNoTracking()
                .Where(r => r.ContentType == UserProfile.ContentType && r.ContentId == id && r.Decision != ModerationDecision.Superseded)
                .OrderByDescending(r => r.SubmittedAt)
                .Select(r => new { r.Decision, r.Reason, r.Payload })
                .FirstOrDefaultAsync(ct);
            var proposed = last is null ? null : ProfileRevision.Read(last.Payload).DisplayName;

            return new MyProfile(profile.Id, profile.DisplayName, profile.Role, profile.Culture, profile.TimeZone, profile.ClusterKey, profile.Version,
                last?.Decision == ModerationDecision.Pending ? proposed : null,
                last?.Decision, proposed, last?.Reason);
        }
    }
}

/// <summary>
/// The signed-in user's published display name, read fresh for the navigation: the sign-in cookie
/// keeps the name it was issued with, which an approved rename would otherwise leave stale until the
/// next sign-in. Null when the account has no profile.
/// </summary>
public static class GetMyDisplayName
{
    public sealed record Query : IQuery<string?>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, string?>
    {
        public async ValueTask<string?> Handle(Query query, CancellationToken ct)
        {
            var id = user.Id ?? throw new NotAuthenticatedException();
            return await db.UserProfiles.AsNoTracking().Where(p => p.Id == id).Select(p => p.DisplayName).FirstOrDefaultAsync(ct);
        }
    }
}

/// <summary>
/// A user edits their profile. Language, time zone and home cluster apply at once; a new public display
/// name is held for review while the current one stays visible (the moderation workflow).
/// Sending the published name back withdraws a pending one; sending the pending name again
/// leaves it where it is in the queue.
/// </summary>
public static class UpdateMyProfile
{
    /// <param name="TimeZone">An IANA zone id; null keeps the current one.</param>
    public sealed record Command(string DisplayName, string Culture, string? HomeClusterKey, int Version, string? TimeZone = null) : ICommand<Result>;

    public sealed record Result(bool DisplayNameSentForReview);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(DisplayNames.MaxLength);
            RuleFor(x => x.Culture).Must(c => Codes.Cultures.Contains(c)).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.TimeZone).Must(TimeZones.IsKnown).When(x => x.TimeZone is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownTimeZone"));
            RuleFor(x => x.HomeClusterKey)
                .MustAsync(async (key, ct) => await db.Clusters.AnyAsync(c => c.Key == key, ct))
                .When(x => !string.IsNullOrEmpty(x.HomeClusterKey))
                .WithMessage(_ => Text.Get("Validation.UnknownCode"));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, ModerationQueue queue, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken ct)
        {
            var id = user.Id ?? throw new NotAuthenticatedException();
            var profile = await db.UserProfiles.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Profile");
            db.Entry(profile).Property(p => p.Version).OriginalValue = command.Version;

            profile.Culture = command.Culture;
            if (command.TimeZone is not null)
                profile.TimeZone = command.TimeZone;
            profile.HomeClusterId = string.IsNullOrEmpty(command.HomeClusterKey)
                ? null
                : await db.Clusters.Where(c => c.Key == command.HomeClusterKey).Select(c => (Guid?)c.Id).FirstAsync(ct);

            var name = command.DisplayName.Trim();
            var pending = await queue.FindPendingAsync(UserProfile.ContentType, id, ct);
            var pendingName = pending is null ? null : ProfileRevision.Read(pending.Payload).DisplayName;
            var review = false;
            if (name == profile.DisplayName)
            {
                if (pending is not null)
                    await queue.WithdrawAsync(UserProfile.ContentType, id, id, ct);
            }
            else if (name != pendingName)
            {
                await queue.SubmitAsync(UserProfile.ContentType, id, ModerationKind.Revision, name,
                    ProfileRevision.Write(new ProfileRevision(name)), id, ct);
                review = true;
            }
            // Saving the profile bumps its version even when only the name changed, so a second
            // tab with the old form is told someone else saved.
            profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return new Result(review);
        }
    }
}

public static class DisplayNames
{
    public const int MaxLength = 80;
}

public sealed record ProfileRevision(string DisplayName)
{
    public static string Write(ProfileRevision revision) => JsonSerializer.Serialize(revision);

    public static ProfileRevision Read(string? payload) =>
        JsonSerializer.Deserialize<ProfileRevision>(payload ?? "{}") ?? throw new InvalidOperationException("Empty profile revision.");
}

public sealed class ProfileModerationApplier(IAppDbContext db) : IModerationApplier
{
    public string ContentType => UserProfile.ContentType;

    public async Task<IReadOnlyList<ProposedChange>> DescribeAsync(ModerationRequest request, CancellationToken ct)
    {
        var current = await db.UserProfiles.AsNoTracking().Where(p => p.Id == request.ContentId)
            .Select(p => p.DisplayName).FirstOrDefaultAsync(ct);
        return [new ProposedChange(nameof(UserProfile.DisplayName), current, ProfileRevision.Read(request.Payload).DisplayName)];
    }

    public async Task ApplyAsync(ModerationRequest request, CancellationToken ct)
    {
        var profile = await db.UserProfiles.FirstOrDefaultAsync(p => p.Id == request.ContentId, ct)
            ?? throw new NotFoundException("Profile");
        profile.PublishDisplayName(ProfileRevision.Read(request.Payload).DisplayName);
    }

    // A refused display name changes nothing that is published; the reason reaches the user on their profile page.
    public Task RefuseAsync(ModerationRequest request, CancellationToken ct) => Task.CompletedTask;
}
