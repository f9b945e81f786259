using System.Globalization;

namespace Marketplace.Domain.Common;

/// <summary>
/// User-facing text in English and/or Simplified Chinese. Either may be missing; readers get
/// their language when it exists and the other one otherwise.
/// </summary>
public sealed record LocalizedText(string? En, string? Zh)
{
    public static readonly LocalizedText Empty = new(null, null);

    public bool IsEmpty => string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Zh);

    public string For(CultureInfo culture) => For(culture.Name);

    public string For(string cultureName)
    {
        var wantsChinese = cultureName.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var first = wantsChinese ? Zh : En;
        var second = wantsChinese ? En : Zh;
        return !string.IsNullOrWhiteSpace(first) ? first! : second ?? string.Empty;
    }

    public string ForCurrentCulture() => For(CultureInfo.CurrentUICulture);

    public override string ToString() => ForCurrentCulture();
}
