using Marketplace.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Models;

/// <summary>A fund's ticket range as the reader's culture writes it: both ends, one end, or any amount.</summary>
public static class FundTicket
{
    public static string Text(IStringLocalizer l, long? min, long? max, string? currency) => (min, max, currency) switch
    {
        (_, _, null) or (null, null, _) => l["Funds.AnyTicket"],
        ({ } from, { } to, { } c) => l["Funds.TicketRange", Format.Money(from, c), Format.Money(to, c)],
        ({ } from, null, { } c) => l["Funds.TicketFrom", Format.Money(from, c)],
        (null, { } to, { } c) => l["Funds.TicketUpTo", Format.Money(to, c)],
    };
}
