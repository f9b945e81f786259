using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Clusters;

/// <summary>An administrator edits a cluster's description, region and development mode.</summary>
public static class UpdateCluster
{
    [RequiresRole(RoleNames.Admin)]
    public sealed record Command(
        string Key, string? NameEn, string? NameZh, string CountryCode, string? Region, string Mode,
        string? DescriptionEn, string? DescriptionZh, int Version) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.NameEn).MaximumLength(100);
            RuleFor(x => x.NameZh).MaximumLength(100);
            RuleFor(x => x.NameEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.NameZh))
                .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
            RuleFor(x => x.CountryCode).NotEmpty().Matches("^[A-Z]{2}$").WithMessage(_ => Text.Get("Validation.CountryCode"));
            RuleFor(x => x.Region).MaximumLength(100);
            RuleFor(x => x.Mode).Must(m => DevelopmentModes.TryParse(m, out _)).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.DescriptionEn).MaximumLength(4000);
            RuleFor(x => x.DescriptionZh).MaximumLength(4000);
        }
    }

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Key == command.Key, ct)
                ?? throw new NotFoundException("Cluster");
            // The version the editor loaded: if someone saved in between, SaveChanges detects it.
            db.Entry(cluster).Property(c => c.Version).OriginalValue = command.Version;

            DevelopmentModes.TryParse(command.Mode, out var mode);
            cluster.Name = new LocalizedText(Input.Clean(command.NameEn), Input.Clean(command.NameZh));
            cluster.CountryCode = command.CountryCode;
            cluster.Region = Input.Clean(command.Region);
            cluster.Mode = mode;
            cluster.Description = new LocalizedText(Input.Clean(command.DescriptionEn), Input.Clean(command.DescriptionZh));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
