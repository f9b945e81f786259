using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Clusters;

/// <summary>An administrator adds a cluster beyond the nine reference ones.</summary>
public static class CreateCluster
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Command(
        string Key, string? NameEn, string? NameZh, string CountryCode, string? Region, string Mode,
        string? DescriptionEn, string? DescriptionZh) : ICommand<string>, IClusterFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.Key).Cascade(CascadeMode.Stop).Must(Codes.IsWellFormed).WithMessage(_ => Text.Get("Validation.CodeFormat"))
                .MustAsync(async (key, ct) => !await db.Clusters.AnyAsync(c => c.Key == key, ct))
                .WithMessage(_ => Text.Get("Validation.ClusterKeyTaken"));
            Include(new ClusterFieldsValidator());
        }
    }

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken ct)
        {
            var cluster = new Cluster(command.Key, LocalizedText.Empty, "", null, default, LocalizedText.Empty);
            command.CopyTo(cluster);
            db.Clusters.Add(cluster);
            await db.SaveChangesAsync(ct);
            return cluster.Key;
        }
    }
}
