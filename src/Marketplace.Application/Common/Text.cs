using System.Globalization;
using System.Resources;
using FluentValidation;
using FluentValidation.Resources;

namespace Marketplace.Application.Common;

/// <summary>Localized messages of the application layer (Resources/Messages*.resx).</summary>
public static class Text
{
    private static readonly ResourceManager Resources = new("Marketplace.Application.Resources.Messages", typeof(Text).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);

    public static string? Find(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture);

    /// <summary>
    /// FluentValidation speaks Simplified Chinese as zh-CN; the product's culture is zh-Hans.
    /// Field names in its messages come from the same resources ("Field.Email" and so on).
    /// </summary>
    public static void ConfigureValidation()
    {
        ValidatorOptions.Global.LanguageManager = new ProductLanguageManager();
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : Find("Field." + member.Name);
    }

    private sealed class ProductLanguageManager : LanguageManager
    {
        private static readonly CultureInfo SimplifiedChinese = CultureInfo.GetCultureInfo("zh-CN");

        public override string GetString(string key, CultureInfo? culture = null)
        {
            culture ??= CultureInfo.CurrentUICulture;
            if (culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
                culture = SimplifiedChinese;
            return base.GetString(key, culture);
        }
    }
}
