namespace Marketplace.Application.Matching;

public sealed record RecommendationSettings(bool RecommendationsEnabled, bool DigestEnabled);
