using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Moderation;

public static class GetModerationRequest
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Query(Guid Id) : IQuery<ModerationRequestDetails>;

    public sealed class Handler(IAppDbContext db, IEnumerable<IModerationApplier> appliers) : IQueryHandler<Query, ModerationRequestDetails>
    {
        public async ValueTask<ModerationRequestDetails> Handle(Query query, CancellationToken ct)
        {
            var request = await db.ModerationRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.Id, ct)
                ?? throw new NotFoundException("Moderation request");
            var author = await db.UserProfiles.AsNoTracking().Where(p => p.Id == request.SubmittedById)
                .Select(p => p.DisplayName).FirstOrDefaultAsync(ct);
            var applier = appliers.FirstOrDefault(a => a.ContentType == request.ContentType);
            var changes = applier is null ? [] : await applier.DescribeAsync(request, ct);
            return new ModerationRequestDetails(request.Id, request.ContentType, request.ContentId, request.Kind, request.Summary,
                request.SubmittedById, author, request.SubmittedAt, request.Decision, request.Reason, request.DecidedAt,
                request.Version, changes);
        }
    }
}
