using Marketplace.Application.Matching;

namespace Marketplace.Web.Models;

/// <summary>One item as a list or a dashboard renders it, with the forms that act on it.</summary>
public sealed record RecommendationItemView(
    RecommendedItem Item, string SubjectKind, Guid SubjectId, IReadOnlyList<string> Reasons, string? ReturnUrl, string? ReasonError, bool Compact);
