namespace Marketplace.Application.Matching;

/// <summary>The top of one subject's recommendations, as a dashboard shows it, with a link to the whole list.</summary>
public sealed record RecommendationPreview(string SubjectKind, Guid SubjectId, string SubjectName, RecommendationSlice Slice)
{
    public string Link => $"/recommendations/{SubjectKind}/{SubjectId}";
}
