using Marketplace.Application.Matching;

namespace Marketplace.Web.Models;

/// <summary>The list page: the recommendations, and the dismissal that was refused (its item shows the message).</summary>
public sealed record RecommendationsPage(RecommendationList List, RecommendationFeedbackForm? Failed = null);
