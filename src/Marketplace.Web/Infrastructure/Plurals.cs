using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Sentences with a count: "1 deal", "2 deals". English has two forms, so a counted resource has a
/// "KEY.One" beside "KEY" (the other form); Chinese has one form, so its "KEY.One" says the same as "KEY".
/// The count is the first argument, written as the reader's culture groups digits.
/// </summary>
public static class Plurals
{
    public const string OneSuffix = ".One";

    public static LocalizedString Count(this IStringLocalizer localizer, string key, long count, params object[] more) =>
        localizer[count == 1 ? key + OneSuffix : key, [count.ToString("N0", CultureInfo.CurrentCulture), .. more]];
}
