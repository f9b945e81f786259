using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Profiles;

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
