using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds;

internal static class MandateFields
{
    /// <summary>The mandate the (valid) input describes; what a rule does not use is dropped, a currency without bounds too.</summary>
    public static Mandate ToMandate(this IMandateFields fields)
    {
        var currency = Input.Clean(fields.TicketCurrency);
        var ticket = fields.TicketMin is null && fields.TicketMax is null ? null : new TicketRange(fields.TicketMin, fields.TicketMax, currency!);
        return new Mandate(
            StartupFields.Codes(fields.Sectors), StartupFields.Codes(fields.Stages), ticket, StartupFields.Codes(fields.TargetClusterKeys),
            fields.OpenToOtherClusters, fields.OpenToNewDeals, fields.WeeklyCapacity,
            RegionRule.Of(Input.Clean(fields.GuidanceRule), StartupFields.Codes(fields.GuidanceRegions), fields.ReinvestmentRatio, fields.AcceptsRelocation));
    }
}
