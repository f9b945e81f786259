using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

internal static class FundFields
{
    public static async Task CopyToAsync(this IFundFields fields, Fund fund, IAppDbContext db, CancellationToken ct)
    {
        fund.Describe(
            new LocalizedText(Input.Clean(fields.NameEn), Input.Clean(fields.NameZh)),
            new LocalizedText(Input.Clean(fields.DescriptionEn), Input.Clean(fields.DescriptionZh)),
            fields.Type!,
            await db.Clusters.Where(c => c.Key == fields.ClusterKey).Select(c => c.Id).FirstAsync(ct),
            StartupFields.Website(fields.Website),
            fields.SizeAmount is { } size ? new Money(size, fields.SizeCurrency!) : null);
    }
}
