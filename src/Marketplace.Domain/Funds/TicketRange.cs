using Marketplace.Domain.Common;
using static Marketplace.Domain.Common.DomainException;

namespace Marketplace.Domain.Funds;

/// <summary>The amounts a fund puts into one company, in one currency; either bound may be open, not both.</summary>
public sealed record TicketRange
{
    public TicketRange(long? min, long? max, string currency)
    {
        CheckRule(min is not null || max is not null, "Mandate.TicketBound");
        CheckRule(min is null or >= 1 and <= Money.MaxAmount && max is null or >= 1 and <= Money.MaxAmount, "Mandate.TicketAmount", Money.MaxAmount);
        CheckRule(min is null || max is null || min <= max, "Validation.MinAboveMax");
        CheckRule(Money.IsCurrencyCode(currency), "Validation.UnknownCurrency");
        (Min, Max, Currency) = (min, max, currency);
    }

    public long? Min { get; }
    public long? Max { get; }
    public string Currency { get; }
}
