using System.Text.Json;
using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>The fields of a position, on the new and the edit form alike (and in a revision).</summary>
public interface IPositionFields
{
    string? TitleEn { get; }
    string? TitleZh { get; }
    string? DescriptionEn { get; }
    string? DescriptionZh { get; }
    string? Type { get; }
    IReadOnlyList<string>? ResearchAreas { get; }
    /// <summary>Skill tags as typed: comma- or newline-separated (see <see cref="Common.Skills.Parse"/>).</summary>
    string? Skills { get; }
    string? MinDegree { get; }
    int? MinYearsExperience { get; }
    string? ClusterKey { get; }
    bool Remote { get; }
    long? CompensationMin { get; }
    long? CompensationMax { get; }
    string? CompensationCurrency { get; }
    bool VisaSupport { get; }
    bool RelocationSupport { get; }
    DateOnly? Deadline { get; }
}

internal sealed class PositionFieldsValidator : AbstractValidator<IPositionFields>
{
    public PositionFieldsValidator(IAppDbContext db, TimeProvider clock)
    {
        RuleFor(x => x.TitleEn).MaximumLength(PositionLimits.TitleLength);
        RuleFor(x => x.TitleZh).MaximumLength(PositionLimits.TitleLength);
        RuleFor(x => x.TitleEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.TitleZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.DescriptionEn).MaximumLength(PositionLimits.DescriptionLength);
        RuleFor(x => x.DescriptionZh).MaximumLength(PositionLimits.DescriptionLength);
        RuleFor(x => x.DescriptionEn).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.DescriptionZh))
            .WithMessage(_ => Text.Get("Validation.OneLanguageRequired"));
        RuleFor(x => x.Type).Must(t => t is not null && Codes.PositionTypes.Contains(t))
            .WithMessage(_ => Text.Get("Validation.ChoosePositionType"));
        RuleFor(x => x.ResearchAreas).Must(a => a!.Count <= Position.MaxResearchAreas).When(x => x.ResearchAreas is not null)
            .WithMessage(_ => Text.Format("Validation.TooMany", Position.MaxResearchAreas));
        RuleFor(x => x.ResearchAreas)
            .MustAsync(async (areas, ct) =>
            {
                var codes = PositionRules.Areas(areas);
                return await db.TaxonomyTerms.CountAsync(t => t.Kind == TaxonomyKind.ResearchArea && codes.Contains(t.Code), ct) == codes.Count;
            })
            .When(x => x.ResearchAreas is { Count: > 0 })
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));
        RuleFor(x => Common.Skills.Parse(x.Skills)).ValidSkills(Position.MaxSkills).OverridePropertyName(nameof(IPositionFields.Skills));
        RuleFor(x => x.MinDegree).Must(d => Codes.Degrees.Contains(d!)).When(x => Input.Clean(x.MinDegree) is not null)
            .WithMessage(_ => Text.Get("Validation.UnknownCode"));
        RuleFor(x => x.MinYearsExperience).InclusiveBetween(0, PositionLimits.MaxYearsExperience);
        RuleFor(x => x.ClusterKey).NotEmpty().When(x => !x.Remote)
            .WithMessage(_ => Text.Get("Validation.ClusterOrRemote"));
        RuleFor(x => x.ClusterKey)
            .MustAsync(async (key, ct) => await db.Clusters.AnyAsync(c => c.Key == key, ct))
            .When(x => Input.Clean(x.ClusterKey) is not null)
            .WithMessage(_ => Text.Get("Validation.ChooseCluster"));
        RuleFor(x => x.CompensationMin).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount);
        RuleFor(x => x.CompensationMax).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount);
        RuleFor(x => x.CompensationMax).GreaterThanOrEqualTo(x => x.CompensationMin!.Value)
            .When(x => x.CompensationMin is not null && x.CompensationMax is not null)
            .WithMessage(_ => Text.Get("Validation.MinAboveMax"));
        RuleFor(x => x.CompensationCurrency).NotEmpty()
            .When(x => x.CompensationMin is not null || x.CompensationMax is not null)
            .WithMessage(_ => Text.Get("Validation.CurrencyRequired"));
        RuleFor(x => x.CompensationCurrency)
            .MustAsync((c, ct) => ProjectRules.IsKnownCurrencyAsync(db, c, ct))
            .When(x => Input.Clean(x.CompensationCurrency) is not null && (x.CompensationMin is not null || x.CompensationMax is not null))
            .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));
        RuleFor(x => x.Deadline).Must(d => d >= PositionRules.Today(clock)).When(x => x.Deadline is not null)
            .WithMessage(_ => Text.Get("Validation.DeadlinePast"));
    }
}

internal static class PositionRules
{
    /// <summary>Today in UTC: deadlines are whole days, and the closing job counts them in UTC.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static List<string> Areas(IReadOnlyList<string>? areas) =>
        (areas ?? []).Select(Input.Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    public static async Task<Guid?> ClusterIdAsync(IAppDbContext db, string? key, CancellationToken ct) =>
        Input.Clean(key) is { } k ? await db.Clusters.Where(c => c.Key == k).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct) : null;

    public static async Task<PositionRevision> ToRevisionAsync(this IPositionFields fields, IAppDbContext db, CancellationToken ct)
    {
        var anyAmount = fields.CompensationMin is not null || fields.CompensationMax is not null;
        return new PositionRevision(
            new LocalizedText(Input.Clean(fields.TitleEn), Input.Clean(fields.TitleZh)),
            new LocalizedText(Input.Clean(fields.DescriptionEn), Input.Clean(fields.DescriptionZh)),
            fields.Type!, Areas(fields.ResearchAreas), Common.Skills.Parse(fields.Skills),
            Input.Clean(fields.MinDegree), fields.MinYearsExperience,
            await ClusterIdAsync(db, fields.ClusterKey, ct), fields.Remote,
            fields.CompensationMin, fields.CompensationMax, anyAmount ? Input.Clean(fields.CompensationCurrency) : null,
            fields.VisaSupport, fields.RelocationSupport, fields.Deadline);
    }

    /// <summary>A short line naming the position in both languages (queue summaries, notifications).</summary>
    public static string Name(LocalizedText title) => ProjectRules.Name(title);

    /// <summary>The poster's name (startup or fund) in both languages.</summary>
    public static async Task<LocalizedText> PosterNameAsync(IAppDbContext db, Guid? startupId, Guid? fundId, CancellationToken ct) =>
        startupId is { } s
            ? await db.Startups.AsNoTracking().Where(x => x.Id == s).Select(x => x.Name).FirstAsync(ct)
            : await db.Funds.AsNoTracking().Where(x => x.Id == fundId).Select(x => x.Name).FirstAsync(ct);
}

/// <summary>
/// The editable fields of a position as one value: what an edit of a published position proposes
/// (stored as a moderation request's payload until approved) and what is published now.
/// </summary>
public sealed record PositionRevision(
    LocalizedText Title, LocalizedText Description, string Type, IReadOnlyList<string> ResearchAreas, IReadOnlyList<string> Skills,
    string? MinDegree, int? MinYearsExperience, Guid? ClusterId, bool Remote,
    long? CompensationMin, long? CompensationMax, string? CompensationCurrency, bool VisaSupport, bool RelocationSupport, DateOnly? Deadline)
{
    public static PositionRevision Of(Position p) =>
        new(p.Title, p.Description, p.Type, p.ResearchAreas.ToList(), p.Skills.ToList(), p.MinDegree, p.MinYearsExperience, p.ClusterId, p.Remote,
            p.CompensationMin, p.CompensationMax, p.CompensationCurrency, p.VisaSupport, p.RelocationSupport, p.Deadline);

    public void CopyTo(Position p)
    {
        p.Title = Title;
        p.Description = Description;
        p.Type = Type;
        p.ResearchAreas = ResearchAreas.ToList();
        p.Skills = Skills.ToList();
        p.MinDegree = MinDegree;
        p.MinYearsExperience = MinYearsExperience;
        p.ClusterId = ClusterId;
        p.Remote = Remote;
        p.CompensationMin = CompensationMin;
        p.CompensationMax = CompensationMax;
        p.CompensationCurrency = CompensationCurrency;
        p.VisaSupport = VisaSupport;
        p.RelocationSupport = RelocationSupport;
        p.Deadline = Deadline;
    }

    /// <summary>Same values (records compare lists by reference, so the lists are compared item by item).</summary>
    public bool SameAs(PositionRevision other) =>
        this with { ResearchAreas = NoCodes, Skills = NoCodes } == other with { ResearchAreas = NoCodes, Skills = NoCodes }
        && ResearchAreas.SequenceEqual(other.ResearchAreas) && Skills.SequenceEqual(other.Skills);

    private static readonly IReadOnlyList<string> NoCodes = [];

    public static string Write(PositionRevision revision) => JsonSerializer.Serialize(revision);

    public static PositionRevision Read(string? payload) =>
        JsonSerializer.Deserialize<PositionRevision>(payload ?? "{}") ?? throw new InvalidOperationException("Empty position revision.");
}
