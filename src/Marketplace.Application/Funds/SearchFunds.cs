using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// Discovery of funds (issue 4, item 7): every fund, filtered by type, home cluster, sector, stage,
/// a ticket (an amount that must fall within the fund's ticket range), verified funds only and funds
/// open to new deals, and a text query on the name in either language; sorted by name or newest; paged.
/// <para>
/// Sector and stage: by default a fund matches when its mandate names the sector (stage). A fund
/// whose mandate names no sector (stage) invests in any, so with <see cref="Query.Unrestricted"/>
/// it matches too; without it the list stays the funds that chose that sector, which is what someone
/// browsing "healthcare funds" asks for.
/// </para>
/// <para>
/// Ticket: the amount is converted into the fund's ticket currency at the administrators' reference
/// rates and must lie within the fund's range (an open end is no bound). A fund that states no ticket
/// range rules no amount out, so it always matches. A fund whose ticket currency has no rate cannot be
/// compared: it is left out and the result says how many were.
/// </para>
/// </summary>
public static class SearchFunds
{
    public const string SortName = "name";
    public const string SortNewest = "newest";
    public static readonly IReadOnlyList<string> Sorts = [SortName, SortNewest];

    /// <summary>What a checkbox sends; "false" is accepted too, so a link can say it.</summary>
    public const string Yes = "true";
    public const string No = "false";

    public const int MaxQueryLength = 100;
    private const int ExcerptLength = 240;

    /// <summary>
    /// The filters as typed. The ticket and the yes/no filters are text so that whatever was typed
    /// reaches the validator and is answered at its field in the user's language.
    /// </summary>
    [AllowAnonymous]
    public sealed record Query(
        string? Type = null, string? Cluster = null, string? Sector = null, string? Stage = null, string? Unrestricted = null,
        string? Ticket = null, string? Currency = null, string? Verified = null, string? Open = null, string? Q = null,
        string? Sort = null, int? Page = null, int? PageSize = null) : IQuery<Result>;

    /// <param name="Currency">The currency the ticket was given in (and the cards' converted ranges are in).</param>
    /// <param name="TicketFiltered">Whether a ticket was compared.</param>
    /// <param name="Unrated">Funds a ticket filter left out because their ticket currency has no reference rate.</param>
    public sealed record Result(PagedList<FundCard> Funds, string Currency, bool TicketFiltered, IReadOnlyList<UnratedCurrency> Unrated)
    {
        public int UnratedCount => Unrated.Sum(u => u.Funds);
    }

    public sealed record UnratedCurrency(string Currency, int Funds);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(x => x.Type).Must(t => Codes.FundTypes.Contains(t))
                .When(x => Input.Clean(x.Type) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Cluster)
                .MustAsync(async (key, ct) => await db.Clusters.AnyAsync(c => c.Key == key, ct))
                .When(x => Input.Clean(x.Cluster) is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Sector)
                .MustAsync(async (code, ct) => await db.TaxonomyTerms.AnyAsync(t => t.Kind == TaxonomyKind.Sector && t.Code == code, ct))
                .When(x => Input.Clean(x.Sector) is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Stage).Must(s => Codes.Stages.Contains(s))
                .When(x => Input.Clean(x.Stage) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Unrestricted).Must(IsYesOrNo).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Verified).Must(IsYesOrNo).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Open).Must(IsYesOrNo).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Currency)
                .MustAsync(async (code, ct) => await db.CurrencyRates.AnyAsync(r => r.Currency == code, ct))
                .When(x => Input.Clean(x.Currency) is not null)
                .WithMessage(_ => Text.Get("Validation.UnknownCurrency"));
            RuleFor(x => x.Ticket).Custom((text, context) =>
            {
                if (Input.Clean(text) is null)
                    return;
                var amount = SearchProjects.ParseAmount(text);
                if (amount is null)
                    context.AddFailure(Text.Get("Validation.AmountFormat"));
                else if (amount > SearchProjects.MaxAmount)
                    context.AddFailure(Text.Format("Validation.AmountTooLarge", SearchProjects.MaxAmount.ToString("N0", CultureInfo.CurrentCulture)));
            });
            RuleFor(x => x.Q).MaximumLength(MaxQueryLength);
            RuleFor(x => x.Sort).Must(s => Sorts.Contains(s))
                .When(x => Input.Clean(x.Sort) is not null).WithMessage(_ => Text.Get("Validation.UnknownCode"));
            RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage(_ => Text.Get("Validation.PageNumber"));
            RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        }

        private static bool IsYesOrNo(string? value) => Input.Clean(value) is null or Yes or No;
    }

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken ct)
        {
            var rates = await CurrencyTable.LoadAsync(db, ct);
            var currency = Input.Clean(query.Currency) ?? CurrencyRate.Reference;
            var ticket = SearchProjects.ParseAmount(query.Ticket);

            var funds = Filter(db.Funds.AsNoTracking(), query);

            var unrated = new List<UnratedCurrency>();
            if (ticket is { } amount)
            {
                // Counted before the ticket filter: these are the funds it cannot judge.
                var known = rates.Currencies.ToList();
                unrated = await funds.Where(f => (f.TicketMin != null || f.TicketMax != null) && !known.Contains(f.TicketCurrency!))
                    .GroupBy(f => f.TicketCurrency ?? "")
                    .Select(g => new UnratedCurrency(g.Key, g.Count()))
                    .ToListAsync(ct);
                unrated = unrated.OrderBy(u => u.Currency, StringComparer.Ordinal).ToList();
                funds = funds.Where(TicketFits(rates, currency, amount));
            }

            var chinese = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
            var ordered = (Input.Clean(query.Sort) ?? SortName) switch
            {
                SortNewest => funds.OrderByDescending(f => f.CreatedAt),
                // By the name the reader sees: their language's, else the other one.
                _ when chinese => funds.OrderBy(f => f.Name.Zh ?? f.Name.En),
                _ => funds.OrderBy(f => f.Name.En ?? f.Name.Zh),
            };
            ordered = ordered.ThenBy(f => f.Id);

            var page = Paging.Page(query.Page);
            var size = Paging.Size(query.PageSize);
            var total = await funds.CountAsync(ct);
            // The page's ids in the database's order first, then their rows, put back in that order.
            var ids = await ordered.Skip((page - 1) * size).Take(size).Select(f => f.Id).ToListAsync(ct);
            var rows = await (
                from f in db.Funds.AsNoTracking()
                where ids.Contains(f.Id)
                join c in db.Clusters.AsNoTracking() on f.ClusterId equals c.Id into home
                from c in home.DefaultIfEmpty()
                select new
                {
                    f.Id,
                    f.Name,
                    DescriptionEn = f.Description.En == null ? null : f.Description.En.Substring(0, ExcerptLength + 1),
                    DescriptionZh = f.Description.Zh == null ? null : f.Description.Zh.Substring(0, ExcerptLength + 1),
                    f.Type,
                    ClusterKey = c == null ? null : c.Key,
                    ClusterNameEn = c == null ? null : c.Name.En,
                    ClusterNameZh = c == null ? null : c.Name.Zh,
                    f.IsVerified,
                    f.OpenToNewDeals,
                    f.MandateSectors,
                    f.MandateStages,
                    f.TicketMin,
                    f.TicketMax,
                    f.TicketCurrency,
                    f.GuidanceRule,
                    f.ReinvestmentRatio,
                    f.CreatedAt,
                })
                .ToListAsync(ct);

            var position = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            long? Converted(long? value, string? from) =>
                value is { } v && from is not null && rates.Convert(v, from, currency) is { } c ? (long)Math.Round(c) : null;
            var cards = rows.OrderBy(r => position[r.Id]).Select(r => new FundCard(
                    r.Id, r.Name, new LocalizedText(Excerpt(r.DescriptionEn), Excerpt(r.DescriptionZh)), r.Type, r.ClusterKey,
                    r.ClusterKey is null ? null : new LocalizedText(r.ClusterNameEn, r.ClusterNameZh),
                    r.IsVerified, r.OpenToNewDeals, r.MandateSectors, r.MandateStages, r.TicketMin, r.TicketMax, r.TicketCurrency,
                    r.GuidanceRule, r.ReinvestmentRatio, r.CreatedAt,
                    Converted(r.TicketMin, r.TicketCurrency), Converted(r.TicketMax, r.TicketCurrency)))
                .ToList();
            return new Result(new PagedList<FundCard>(cards, page, size, total), currency, ticket is not null, unrated);
        }

        private IQueryable<Fund> Filter(IQueryable<Fund> funds, Query query)
        {
            if (Input.Clean(query.Type) is { } type)
                funds = funds.Where(f => f.Type == type);
            if (Input.Clean(query.Cluster) is { } clusterKey)
            {
                var clusterIds = db.Clusters.Where(c => c.Key == clusterKey).Select(c => (Guid?)c.Id);
                funds = funds.Where(f => clusterIds.Contains(f.ClusterId));
            }
            var unrestricted = Input.Clean(query.Unrestricted) == Yes;
            if (Input.Clean(query.Sector) is { } sector)
                funds = unrestricted
                    ? funds.Where(f => f.MandateSectors.Contains(sector) || !f.MandateSectors.Any())
                    : funds.Where(f => f.MandateSectors.Contains(sector));
            if (Input.Clean(query.Stage) is { } stage)
                funds = unrestricted
                    ? funds.Where(f => f.MandateStages.Contains(stage) || !f.MandateStages.Any())
                    : funds.Where(f => f.MandateStages.Contains(stage));
            if (Input.Clean(query.Verified) == Yes)
                funds = funds.Where(f => f.IsVerified);
            if (Input.Clean(query.Open) == Yes)
                funds = funds.Where(f => f.OpenToNewDeals);

            if (Input.Clean(query.Q) is { } q)
            {
                // As in project discovery: a needle without cased letters (Chinese) skips lower().
                var needle = q.ToLowerInvariant();
                funds = needle.Any(c => char.ToUpperInvariant(c) != c)
                    ? funds.Where(f => (f.Name.En != null && f.Name.En.ToLower().Contains(needle))
                        || (f.Name.Zh != null && f.Name.Zh.ToLower().Contains(needle)))
                    : funds.Where(f => (f.Name.En != null && f.Name.En.Contains(needle))
                        || (f.Name.Zh != null && f.Name.Zh.Contains(needle)));
            }
            return funds;
        }
    }

    /// <summary>
    /// The ticket translated into each rated currency: <c>no range OR (currency = 'CNY' AND (min IS NULL OR min &lt;= a)
    /// AND (max IS NULL OR max &gt;= a)) OR ...</c>, with the amount as a SQL parameter per currency.
    /// </summary>
    private static Expression<Func<Fund, bool>> TicketFits(CurrencyTable rates, string currency, long amount)
    {
        var f = Expression.Parameter(typeof(Fund), "f");
        var min = Expression.Property(f, nameof(Fund.TicketMin));
        var max = Expression.Property(f, nameof(Fund.TicketMax));
        var fundCurrency = Expression.Property(f, nameof(Fund.TicketCurrency));
        var none = Expression.Constant(null, typeof(long?));
        Expression any = Expression.AndAlso(Expression.Equal(min, none), Expression.Equal(max, none));
        foreach (var code in rates.Currencies.OrderBy(c => c, StringComparer.Ordinal))
        {
            var converted = rates.Convert(amount, currency, code)!.Value;
            // Whole units: the minimum must be at most the amount rounded down, the maximum at least the amount rounded up.
            var floor = Bound(decimal.Floor(converted));
            var ceiling = Bound(decimal.Ceiling(converted));
            var branch = Expression.AndAlso(
                Expression.Equal(fundCurrency, Expression.Constant(code, typeof(string))),
                Expression.AndAlso(
                    Expression.OrElse(Expression.Equal(min, none), Expression.LessThanOrEqual(min, AsSqlParameter(floor))),
                    Expression.OrElse(Expression.Equal(max, none), Expression.GreaterThanOrEqual(max, AsSqlParameter(ceiling)))));
            any = Expression.OrElse(any, branch);
        }
        return Expression.Lambda<Func<Fund, bool>>(any, f);
    }

    private static long Bound(decimal value) => value >= long.MaxValue ? long.MaxValue : (long)value;

    /// <summary>A captured variable, which EF Core sends as a SQL parameter (one cached plan for every ticket).</summary>
    private static Expression AsSqlParameter(long value)
    {
        long? captured = value;
        Expression<Func<long?>> lambda = () => captured;
        return lambda.Body;
    }

    private static string? Excerpt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length <= ExcerptLength)
            return text;
        var cut = text[..ExcerptLength];
        var space = cut.LastIndexOf(' ');
        return (space > ExcerptLength / 2 ? cut[..space] : cut).TrimEnd() + "…";
    }
}
