namespace Marketplace.Domain.Common;

/// <summary>An amount in whole units of an ISO 4217 currency. Never a floating-point number.</summary>
public sealed record Money(long Amount, string Currency)
{
    public static bool IsCurrencyCode(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');
}
