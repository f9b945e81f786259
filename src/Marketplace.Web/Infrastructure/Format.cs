using System.Globalization;
using Marketplace.Application.Common;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Dates, times, amounts and numbers as the reader's culture writes them. Dates and times go through
/// <see cref="Dates"/> (the reader's time zone and culture); on a page they are a &lt;time&gt; element
/// with the UTC instant or the day in its datetime attribute, and inside a sentence (a localized string's
/// argument) they are the plain text.
/// </summary>
public static class Format
{
    /// <summary>An instant, stored in UTC, shown in the reader's time zone: "7 Dec 2026, 14:05".</summary>
    public static DateText Utc(DateTime utc) => new(Dates.Time(utc), Dates.Iso(utc), Dates.ReaderReadsUtc ? null : Dates.ReaderZone.Id);

    /// <summary>The day an instant (stored in UTC) falls on in the reader's time zone.</summary>
    public static DateText Date(DateTime utc) => new(Dates.Date(utc), Dates.Iso(utc), Dates.ReaderReadsUtc ? null : Dates.ReaderZone.Id);

    /// <summary>A calendar day (a deadline, a start date), which no time zone moves.</summary>
    public static DateText Day(DateOnly day) => new(Dates.Day(day), Dates.Iso(day), null);

    /// <summary>
    /// A whole amount with its ISO currency code, grouped as the reader's culture groups digits:
    /// "CNY 50,000,000" in English, "50,000,000 CNY" in Chinese (the code after the number, as
    /// Chinese writes 元 after it).
    /// </summary>
    // One writer of money for pages and for the application's sentences (mandate-fit reasons).
    public static string Money(long amount, string currency) => Marketplace.Application.Funds.MandateFitText.Money(amount, currency);

    public static string Money(Marketplace.Domain.Common.Money money) => Money(money.Amount, money.Currency);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
