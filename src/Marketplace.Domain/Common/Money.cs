namespace Marketplace.Domain.Common;

/// <summary>An amount in whole units of an ISO 4217 currency. Never a floating-point number.</summary>
public sealed record Money(long Amount, string Currency)
{
    /// <summary>
    /// The largest amount anything stores (a round, a ticket, a fund size, a salary, a deal): ten trillion
    /// units, more than any of these in any currency the rates table knows. Forms and the import share it,
    /// so an imported figure can always be saved again from its form.
    /// </summary>
    public const long MaxAmount = 10_000_000_000_000;

    public static bool IsCurrencyCode(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');
}
