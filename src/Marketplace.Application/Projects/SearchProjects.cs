using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

/// <summary>
/// Discovery (issue 3, item 5): published projects for everyone, filtered by cluster, development
/// mode, sector, stage, instrument, an amount range in one currency and a text query; sorted by date
/// or amount; paged. Amounts in other currencies are compared through the administrators'
/// reference rates; a project whose currency has no rate cannot be compared, so an amount filter
/// leaves it out and the result says how many it left out.
/// </summary>
public static class SearchProjects
{
    public const string SortNewest = "newest";
    public const string SortAmountHigh = "amount-desc";
    public const string SortAmountLow = "amount-asc";
    public static readonly IReadOnlyList<string> Sorts = [SortNewest, SortAmountHigh, SortAmountLow];

    public const int MaxQueryLength = 100;
    public const long MaxAmount = 1_000_000_000_000_000;
    private const int ExcerptLength = 280;

    /// <summary>
    /// The filters as typed in the form. Amounts are text so that whatever was typed reaches the
    /// validator and is answered at its field in the user's language.
    /// </summary>
    [AllowAnonymous]
    public sealed record Query(
        string? Cluster = null, string? Mode = null, string? Sector = null, string? Stage = null, string? Instrument = null,
        string? MinAmount = null, string? MaxAmount = null, string? Currency = null, string? Q = null, string? Sort = null,
        int? Page = null, int? PageSize = null) : IQuery<Result>;

    /// <param name="Currency">The currency amounts were compared in (and <see cref="ProjectCard.AmountInSearchCurrency"/> is in).</param>
    /// <param name="Unrated">Currencies without a reference rate whose projects an amount filter left out, with how many.</param>
    public sealed record Result(PagedList<ProjectCard> Projects, string Currency, bool AmountFiltered, IReadOnlyList<UnratedCurrency> Unrated)
    {
        public int UnratedCount => Unrated.Sum(u => u.Projects);
    }

    public sealed record UnratedCurrency(string Currency, int Projects);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.Cluster)
                .MustAsync(async (key, ct) => await db.Clusters.AnyAsync(c => c.Key == key, ct))
                .When(x => Input.Clean(x.Cluster) is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Mode).Must(m => DevelopmentModes.TryParse(m, out _))
                .When(x => Input.Clean(x.Mode) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Sector)
                .MustAsync(async (code, ct) => await db.TaxonomyTerms.AnyAsync(t => t.Kind == TaxonomyKind.Sector && t.Code == code, ct))
                .When(x => Input.Clean(x.Sector) is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Stage).Must(s => Codes.Stages.Contains(s))
                .When(x => Input.Clean(x.Stage) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Instrument).Must(i => Codes.Instruments.Contains(i))
                .When(x => Input.Clean(x.Instrument) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Currency)
                .MustAsync(async (code, ct) => await db.CurrencyRates.AnyAsync(r => r.Currency == code, ct))
                .When(x => Input.Clean(x.Currency) is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));
            RuleFor(x => x.MinAmount).Custom((text, context) => CheckAmount(text, context));
            RuleFor(x => x.MaxAmount).Custom((text, context) => CheckAmount(text, context));
            RuleFor(x => x.MinAmount)
                .Must((x, _) => ParseAmount(x.MinAmount) <= ParseAmount(x.MaxAmount))
                .When(x => ParseAmount(x.MinAmount) is not null && ParseAmount(x.MaxAmount) is not null)
                .WithMessage(_ => Text.Get("Validation.MinAboveMax"));
            RuleFor(x => x.Q).MaximumLength(MaxQueryLength);
            RuleFor(x => x.Sort).Must(s => Sorts.Contains(s))
                .When(x => Input.Clean(x.Sort) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage(_ => Text.Get("Validation.PageNumber"));
            RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        }

        private static void CheckAmount(string? text, ValidationContext<Query> context)
        {
            if (Input.Clean(text) is null)
                return;
            var amount = ParseAmount(text);
            if (amount is null)
                context.AddFailure(Text.Get("Validation.AmountFormat"));
            else if (amount > SearchProjects.MaxAmount)
                context.AddFailure(Text.Format("Validation.AmountTooLarge", SearchProjects.MaxAmount.ToString("N0", CultureInfo.CurrentCulture)));
        }
    }

    /// <summary>A whole, non-negative amount; digit grouping as the reader writes it ("5,000,000") is accepted.</summary>
    public static long? ParseAmount(string? text)
    {
        var clean = Input.Clean(text);
        if (clean is null)
            return null;
        foreach (var culture in new[] { CultureInfo.CurrentCulture, CultureInfo.InvariantCulture })
            if (decimal.TryParse(clean, NumberStyles.AllowThousands | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, culture, out var value)
                && value >= 0 && value == decimal.Truncate(value))
                return value > long.MaxValue ? long.MaxValue : (long)value;
        return null;
    }

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken ct)
        {
            var rates = await CurrencyTable.LoadAsync(db, ct);
            var currency = Input.Clean(query.Currency) ?? CurrencyRate.Reference;
            var min = ParseAmount(query.MinAmount);
            var max = ParseAmount(query.MaxAmount);

            var projects = Filter(db.Projects.AsNoTracking().Where(p => p.State == ModerationState.Published), query);

            var unrated = new List<UnratedCurrency>();
            var amountFiltered = min is not null || max is not null;
            if (amountFiltered)
            {
                // Counted before the amount filter: these are the projects it cannot judge.
                var known = rates.Currencies.ToList();
                unrated = await projects.Where(p => !known.Contains(p.SeekingCurrency))
                    .GroupBy(p => p.SeekingCurrency)
                    .Select(g => new UnratedCurrency(g.Key, g.Count()))
                    .ToListAsync(ct);
                unrated = unrated.OrderBy(u => u.Currency, StringComparer.Ordinal).ToList();
                projects = projects.Where(AmountBetween(rates, currency, min, max));
            }

            var sort = Input.Clean(query.Sort) ?? SortNewest;
            var ordered = sort switch
            {
                SortAmountHigh => projects.OrderBy(HasRate(rates)).ThenByDescending(AmountInReference(rates)),
                SortAmountLow => projects.OrderBy(HasRate(rates)).ThenBy(AmountInReference(rates)),
                _ => projects.OrderByDescending(p => p.PublishedAt),
            };
            ordered = ordered.ThenByDescending(p => p.PublishedAt).ThenBy(p => p.Id);

            var page = Paging.Page(query.Page);
            var size = Paging.Size(query.PageSize);
            var total = await projects.CountAsync(ct);
            // The page's ids first, then their rows: sorting ids alone is cheap, while sorting whole rows
            // would carry every summary through the sort (the benchmark's deep amount-sorted page: 4x slower).
            var ids = await ordered.Skip((page - 1) * size).Take(size).Select(p => p.Id).ToListAsync(ct);
            var rows = await (
                from p in db.Projects.AsNoTracking()
                where ids.Contains(p.Id)
                join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id
                join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
                select new
                {
                    p.Id,
                    p.Title,
                    SummaryEn = p.Summary.En == null ? null : p.Summary.En.Substring(0, ExcerptLength + 1),
                    SummaryZh = p.Summary.Zh == null ? null : p.Summary.Zh.Substring(0, ExcerptLength + 1),
                    p.StartupId,
                    StartupName = s.Name,
                    ClusterKey = c.Key,
                    ClusterName = c.Name,
                    s.Sectors,
                    p.Stage,
                    p.Instrument,
                    p.SeekingAmount,
                    p.SeekingCurrency,
                    p.PublishedAt,
                })
                .ToListAsync(ct);

            var position = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            var cards = rows.OrderBy(r => position[r.Id]).Select(r => new ProjectCard(
                    r.Id, r.Title, new LocalizedText(Excerpt(r.SummaryEn), Excerpt(r.SummaryZh)), r.StartupId, r.StartupName,
                    r.ClusterKey, r.ClusterName, r.Sectors, r.Stage, r.Instrument, r.SeekingAmount, r.SeekingCurrency,
                    r.PublishedAt ?? default,
                    rates.Convert(r.SeekingAmount, r.SeekingCurrency, currency) is { } converted ? (long)Math.Round(converted) : null))
                .ToList();
            return new Result(new PagedList<ProjectCard>(cards, page, size, total), currency, amountFiltered, unrated);
        }

        private IQueryable<Project> Filter(IQueryable<Project> projects, Query query)
        {
            // The startup-side filters become one "startup id in (...)" subquery, served by the startup's cluster index.
            var startups = db.Startups.AsNoTracking().AsQueryable();
            var byStartup = false;
            if (Input.Clean(query.Cluster) is { } clusterKey)
            {
                var clusterIds = db.Clusters.Where(c => c.Key == clusterKey).Select(c => c.Id);
                startups = startups.Where(s => clusterIds.Contains(s.ClusterId));
                byStartup = true;
            }
            if (DevelopmentModes.TryParse(Input.Clean(query.Mode), out var mode))
            {
                var clusterIds = db.Clusters.Where(c => c.Mode == mode).Select(c => c.Id);
                startups = startups.Where(s => clusterIds.Contains(s.ClusterId));
                byStartup = true;
            }
            if (Input.Clean(query.Sector) is { } sector)
            {
                startups = startups.Where(s => s.Sectors.Contains(sector));
                byStartup = true;
            }
            if (byStartup)
            {
                var startupIds = startups.Select(s => s.Id);
                projects = projects.Where(p => startupIds.Contains(p.StartupId));
            }

            if (Input.Clean(query.Stage) is { } stage)
                projects = projects.Where(p => p.Stage == stage);
            if (Input.Clean(query.Instrument) is { } instrument)
                projects = projects.Where(p => p.Instrument == instrument);

            if (Input.Clean(query.Q) is { } q)
            {
                // Substring match in either language, case-insensitive for Latin letters; Chinese needs no word
                // splitting. A needle without cased letters (Chinese, digits) skips lower(), which costs a pass over every text.
                var needle = q.ToLowerInvariant();
                var cased = needle.Any(c => char.ToUpperInvariant(c) != c);
                var named = cased
                    ? db.Startups.Where(s => (s.Name.En != null && s.Name.En.ToLower().Contains(needle))
                        || (s.Name.Zh != null && s.Name.Zh.ToLower().Contains(needle))).Select(s => s.Id)
                    : db.Startups.Where(s => (s.Name.En != null && s.Name.En.Contains(needle))
                        || (s.Name.Zh != null && s.Name.Zh.Contains(needle))).Select(s => s.Id);
                projects = cased
                    ? projects.Where(p =>
                        (p.Title.En != null && p.Title.En.ToLower().Contains(needle))
                        || (p.Title.Zh != null && p.Title.Zh.ToLower().Contains(needle))
                        || (p.Summary.En != null && p.Summary.En.ToLower().Contains(needle))
                        || (p.Summary.Zh != null && p.Summary.Zh.ToLower().Contains(needle))
                        || named.Contains(p.StartupId))
                    : projects.Where(p =>
                        (p.Title.En != null && p.Title.En.Contains(needle))
                        || (p.Title.Zh != null && p.Title.Zh.Contains(needle))
                        || (p.Summary.En != null && p.Summary.En.Contains(needle))
                        || (p.Summary.Zh != null && p.Summary.Zh.Contains(needle))
                        || named.Contains(p.StartupId));
            }
            return projects;
        }
    }

    /// <summary>
    /// The range translated into each rated currency's own bounds:
    /// <c>(currency = 'USD' AND amount BETWEEN a AND b) OR (currency = 'CNY' AND ...) OR ...</c>,
    /// so the (State, SeekingCurrency, SeekingAmount) index serves every branch.
    /// </summary>
    private static Expression<Func<Project, bool>> AmountBetween(CurrencyTable rates, string currency, long? min, long? max)
    {
        var p = Expression.Parameter(typeof(Project), "p");
        var projectCurrency = Expression.Property(p, nameof(Project.SeekingCurrency));
        var amount = Expression.Property(p, nameof(Project.SeekingAmount));
        Expression? any = null;
        foreach (var code in rates.Currencies.OrderBy(c => c, StringComparer.Ordinal))
        {
            // Whole units: the lower bound rounds up and the upper bound down, so nothing outside the range slips in.
            var low = min is { } a ? Ceiling(rates.Convert(a, currency, code)!.Value) : (long?)null;
            var high = max is { } b ? Floor(rates.Convert(b, currency, code)!.Value) : (long?)null;
            if (low > high)
                continue;
            Expression branch = Expression.Equal(projectCurrency, Expression.Constant(code));
            if (low is { } l)
                branch = Expression.AndAlso(branch, Expression.GreaterThanOrEqual(amount, AsSqlParameter(l)));
            if (high is { } h)
                branch = Expression.AndAlso(branch, Expression.LessThanOrEqual(amount, AsSqlParameter(h)));
            any = any is null ? branch : Expression.OrElse(any, branch);
        }
        return Expression.Lambda<Func<Project, bool>>(any ?? Expression.Constant(false), p);
    }

    /// <summary>
    /// A bound as a captured variable, which EF Core sends as a SQL parameter: every range then shares
    /// one cached query plan instead of compiling a new query per range.
    /// </summary>
    private static Expression AsSqlParameter(long value)
    {
        Expression<Func<long>> captured = () => value;
        return captured.Body;
    }

    /// <summary>0 for projects in a rated currency, 1 for the rest, which sort after them.</summary>
    private static Expression<Func<Project, int>> HasRate(CurrencyTable rates)
    {
        var known = rates.Currencies.ToList();
        return p => known.Contains(p.SeekingCurrency) ? 0 : 1;
    }

    /// <summary>The amount in the reference currency as a sort key: a CASE over the rates (double, which both databases order).</summary>
    private static Expression<Func<Project, double>> AmountInReference(CurrencyTable rates)
    {
        var p = Expression.Parameter(typeof(Project), "p");
        var projectCurrency = Expression.Property(p, nameof(Project.SeekingCurrency));
        var amount = Expression.Convert(Expression.Property(p, nameof(Project.SeekingAmount)), typeof(double));
        Expression key = Expression.Constant(0d);
        foreach (var code in rates.Currencies.OrderByDescending(c => c, StringComparer.Ordinal))
        {
            var unitsPerReference = (double)rates.UnitsPerReference(code)!.Value;
            key = Expression.Condition(
                Expression.Equal(projectCurrency, Expression.Constant(code)),
                Expression.Divide(amount, Expression.Constant(unitsPerReference)),
                key);
        }
        return Expression.Lambda<Func<Project, double>>(key, p);
    }

    private static long Ceiling(decimal value) => value >= long.MaxValue ? long.MaxValue : (long)decimal.Ceiling(value);

    private static long Floor(decimal value) => value >= long.MaxValue ? long.MaxValue : (long)decimal.Floor(value);

    private static string? Excerpt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length <= ExcerptLength)
            return text;
        var cut = text[..ExcerptLength];
        var space = cut.LastIndexOf(' ');
        return (space > ExcerptLength / 2 ? cut[..space] : cut).TrimEnd() + "…";
    }
}
