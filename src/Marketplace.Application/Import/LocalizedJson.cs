using Marketplace.Application.Common;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Import;

/// <summary>Text users read, as the import format writes it: <c>{"en": "...", "zh": "..."}</c>.</summary>
public sealed record LocalizedJson(string? En, string? Zh)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Zh);

    public LocalizedText ToText() => new(string.IsNullOrWhiteSpace(En) ? null : En.Trim(), string.IsNullOrWhiteSpace(Zh) ? null : Zh.Trim());
}
