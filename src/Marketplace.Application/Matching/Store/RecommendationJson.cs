using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching.Store;

/// <summary>How factors and hard rules are kept in a stored recommendation (JSON, arguments tagged by kind).</summary>
public static class RecommendationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Factors(IReadOnlyList<MatchFactor> factors) => JsonSerializer.Serialize(factors, Options);

    public static string Rules(IReadOnlyList<RuleOutcome> rules) => JsonSerializer.Serialize(rules, Options);

    public static IReadOnlyList<MatchFactor> ReadFactors(string json) => JsonSerializer.Deserialize<List<MatchFactor>>(json, Options) ?? [];

    public static IReadOnlyList<RuleOutcome> ReadRules(string json) => JsonSerializer.Deserialize<List<RuleOutcome>>(json, Options) ?? [];
}
