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
