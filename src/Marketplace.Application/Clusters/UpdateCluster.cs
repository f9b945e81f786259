using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Clusters;

/// <summary>An administrator edits a cluster's names, country, region, development mode and description.</summary>
public static class UpdateCluster
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Command(
        string Key, string? NameEn, string? NameZh, string CountryCode, string? Region, string Mode,
        string? DescriptionEn, string? DescriptionZh, int Version) : ICommand, IClusterFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new ClusterFieldsValidator());
    }

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Key == command.Key, ct)
                ?? throw new NotFoundException("Cluster");
            // The version the editor loaded: if someone saved in between, SaveChanges detects it.
            db.Entry(cluster).Property(c => c.Version).OriginalValue = command.Version;
            command.CopyTo(cluster);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
