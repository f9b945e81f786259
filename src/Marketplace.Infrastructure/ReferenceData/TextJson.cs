using System.Text.Json.Serialization;
using Marketplace.Domain.Common;

namespace Marketplace.Infrastructure.ReferenceData;

public sealed record TextJson([property: JsonPropertyName("en")] string? En, [property: JsonPropertyName("zh")] string? Zh)
{
    public LocalizedText ToText() => new(string.IsNullOrWhiteSpace(En) ? null : En.Trim(), string.IsNullOrWhiteSpace(Zh) ? null : Zh.Trim());
}
