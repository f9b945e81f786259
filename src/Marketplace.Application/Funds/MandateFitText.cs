using System.Globalization;
using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// A rule outcome as a sentence in the reader's language (Messages "Fit.&lt;reason&gt;"), e.g.
/// "Stage Seed is not in the mandate (Series A, Series B)". Codes become names, amounts are
/// grouped as the reader's culture groups digits.
/// </summary>
public static class MandateFitText
{
    public static string Text(this RuleOutcome outcome, FitVocabulary names) =>
        string.Format(CultureInfo.CurrentCulture, Common.Text.Get("Fit." + outcome.Reason),
            outcome.Arguments.Select(a => (object)Render(a, names)).ToArray());

    public static string Render(FitArg argument, FitVocabulary names) => argument switch
    {
        CodesArg codes => string.Join(Common.Text.Get("Fit.ListSeparator"), codes.Codes.Select(c => names.Name(codes.Kind, c))),
        MoneyArg money => Money(money.Amount, money.Currency),
        SoughtArg { Converted: { } converted, ConvertedCurrency: { } currency } sought =>
            Common.Text.Format("Fit.Converted", Money(sought.Amount, sought.Currency), Money(converted, currency)),
        SoughtArg sought => Money(sought.Amount, sought.Currency),
        RangeArg { Min: { } min, Max: { } max } range => Common.Text.Format("Fit.Range.Between", Money(min, range.Currency), Money(max, range.Currency)),
        RangeArg { Min: { } min } range => Common.Text.Format("Fit.Range.AtLeast", Money(min, range.Currency)),
        RangeArg { Max: { } max } range => Common.Text.Format("Fit.Range.UpTo", Money(max, range.Currency)),
        RangeArg => "",
        _ => throw new ArgumentOutOfRangeException(nameof(argument), argument, "Unknown fit argument."),
    };

    /// <summary>"CNY 50,000,000" in English, "50,000,000 CNY" in Chinese (as the web layer writes money).</summary>
    public static string Money(long amount, string currency)
    {
        var number = amount.ToString("N0", CultureInfo.CurrentCulture);
        return CultureInfo.CurrentCulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? $"{number} {currency}" : $"{currency} {number}";
    }
}
