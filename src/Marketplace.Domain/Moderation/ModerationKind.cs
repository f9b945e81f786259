namespace Marketplace.Domain.Moderation;

public enum ModerationKind
{
    /// <summary>New content asking to be published.</summary>
    Publication,
    /// <summary>An edit of published content; the published version stays visible meanwhile.</summary>
    Revision,
}
