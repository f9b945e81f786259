using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// A partner of the fund sets what it invests in. Every rule is optional (empty lists mean any); a
/// region rule is for guidance funds only, and recent policy lets them choose "none". A save made
/// by someone else since the form was loaded is detected.
/// </summary>
public static class DefineMandate
{
    public sealed record Command(
        Guid FundId, IReadOnlyList<string> Sectors, IReadOnlyList<string> Stages,
        long? TicketMin, long? TicketMax, string? TicketCurrency,
        IReadOnlyList<string> TargetClusterKeys, bool OpenToOtherClusters, bool OpenToNewDeals, int? WeeklyCapacity,
        string? GuidanceRule, IReadOnlyList<string> GuidanceRegions, decimal? ReinvestmentRatio, bool AcceptsRelocation,
        int Version) : ICommand
    {
        internal string? Rule => Input.Clean(GuidanceRule);

        internal bool IsRegional => GuidanceRuleCodes.IsRegional(Rule);

        internal bool IsReinvestment => Rule == GuidanceRuleCodes.Reinvestment;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.Sectors).Cascade(CascadeMode.Stop)
                .Must(s => StartupFields.Codes(s).Count <= MandateLimits.MaxCodes).WithMessage(_ => Text.Format("Validation.TooMany", MandateLimits.MaxCodes))
                .CustomAsync(async (sectors, context, ct) =>
                {
                    var wanted = StartupFields.Codes(sectors);
                    var known = await db.TaxonomyTerms.AsNoTracking()
                        .Where(t => t.Kind == TaxonomyKind.Sector && t.IsActive && wanted.Contains(t.Code)).Select(t => t.Code).ToListAsync(ct);
                    var unknown = wanted.Except(known).ToList();
                    if (unknown.Count > 0)
                        context.AddFailure(Text.Format("Validation.UnknownSector", string.Join(", ", unknown)));
                });

            RuleFor(x => x.Stages)
                .Must(s => StartupFields.Codes(s).All(Codes.Stages.Contains)).WithMessage(_ => Text.Get("Validation.UnknownCode"));

            RuleFor(x => x.TicketMin).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(x => x.TicketMin is not null);
            RuleFor(x => x.TicketMax).GreaterThan(0).LessThanOrEqualTo(Money.MaxAmount).When(x => x.TicketMax is not null);
            RuleFor(x => x.TicketMax).Must((x, max) => max >= x.TicketMin)
                .When(x => x.TicketMin is > 0 && x.TicketMax is > 0)
                .WithMessage(_ => Text.Get("Validation.MinAboveMax"));
            RuleFor(x => x.TicketCurrency).Cascade(CascadeMode.Stop)
                .NotEmpty().When(x => x.TicketMin is not null || x.TicketMax is not null, ApplyConditionTo.CurrentValidator)
                .WithMessage(_ => Text.Get("Validation.CurrencyRequired"))
                .MustAsync((c, ct) => ProjectRules.IsKnownCurrencyAsync(db, Input.Clean(c), ct))
                .When(x => !string.IsNullOrWhiteSpace(x.TicketCurrency), ApplyConditionTo.CurrentValidator)
                .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));

            RuleFor(x => x.TargetClusterKeys).Cascade(CascadeMode.Stop)
                .Must(k => StartupFields.Codes(k).Count <= MandateLimits.MaxCodes).WithMessage(_ => Text.Format("Validation.TooMany", MandateLimits.MaxCodes))
                .MustAsync((keys, ct) => AllClustersExistAsync(db, keys, ct)).WithMessage(_ => Text.Get("Validation.UnknownCode"));

            RuleFor(x => x.WeeklyCapacity).InclusiveBetween(1, MandateLimits.MaxWeeklyCapacity).When(x => x.WeeklyCapacity is not null);

            RuleFor(x => x.GuidanceRule).Cascade(CascadeMode.Stop)
                .Must(r => Codes.GuidanceRules.Contains(r!.Trim())).When(x => x.Rule is not null, ApplyConditionTo.CurrentValidator)
                .WithMessage(_ => Text.Get("Validation.UnknownCode"))
                .MustAsync(async (x, _, ct) =>
                    await db.Funds.AsNoTracking().Where(f => f.Id == x.FundId).Select(f => f.Type).FirstOrDefaultAsync(ct)
                        is null or GuidanceRuleCodes.GuidanceFundType)
                .When(x => x.IsRegional, ApplyConditionTo.CurrentValidator)
                .WithMessage(_ => Text.Get("Validation.RegionRuleForGuidanceFunds"));

            RuleFor(x => x.GuidanceRegions).Cascade(CascadeMode.Stop)
                .Must(k => StartupFields.Codes(k).Count > 0).WithMessage(_ => Text.Get("Validation.RegionsRequired"))
                .Must(k => StartupFields.Codes(k).Count <= MandateLimits.MaxCodes).WithMessage(_ => Text.Format("Validation.TooMany", MandateLimits.MaxCodes))
                .MustAsync((keys, ct) => AllClustersExistAsync(db, keys, ct)).WithMessage(_ => Text.Get("Validation.UnknownCode"))
                .When(x => x.IsRegional);

            RuleFor(x => x.ReinvestmentRatio).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Format("Validation.ReinvestmentRatio", MandateLimits.MinReinvestmentRatio, MandateLimits.MaxReinvestmentRatio))
                .Must(r => MandateLimits.IsReinvestmentRatio(r!.Value))
                .WithMessage(_ => Text.Format("Validation.ReinvestmentRatio", MandateLimits.MinReinvestmentRatio, MandateLimits.MaxReinvestmentRatio))
                .When(x => x.IsReinvestment);
        }

        private static async Task<bool> AllClustersExistAsync(IAppDbContext db, IReadOnlyList<string>? keys, CancellationToken ct)
        {
            var wanted = StartupFields.Codes(keys);
            return wanted.Count == 0 || await db.Clusters.CountAsync(c => wanted.Contains(c.Key), ct) == wanted.Count;
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var fund = await MandateAccess.RequirePartnerAsync(db, user, command.FundId, track: true, ct);
            db.Entry(fund).Property(f => f.Version).OriginalValue = command.Version;

            var stages = StartupFields.Codes(command.Stages);
            fund.MandateSectors = StartupFields.Codes(command.Sectors);
            fund.MandateStages = [.. Codes.Stages.Where(stages.Contains)];
            fund.TicketMin = command.TicketMin;
            fund.TicketMax = command.TicketMax;
            fund.TicketCurrency = Input.Clean(command.TicketCurrency);
            fund.TargetClusterKeys = StartupFields.Codes(command.TargetClusterKeys);
            fund.OpenToOtherClusters = command.OpenToOtherClusters;
            fund.OpenToNewDeals = command.OpenToNewDeals;
            fund.WeeklyCapacity = command.WeeklyCapacity;

            // The region, ratio and relocation settings only mean something under the rule that uses them:
            // kept otherwise, they would come back to life unnoticed when a rule is chosen again.
            var isGuidance = fund.Type == GuidanceRuleCodes.GuidanceFundType;
            fund.GuidanceRule = isGuidance ? command.Rule : null;
            fund.GuidanceRegions = isGuidance && command.IsRegional ? StartupFields.Codes(command.GuidanceRegions) : [];
            fund.ReinvestmentRatio = isGuidance && command.IsReinvestment ? command.ReinvestmentRatio : null;
            fund.AcceptsRelocation = isGuidance && command.IsReinvestment && command.AcceptsRelocation;

            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
