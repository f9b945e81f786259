namespace Marketplace.Application.Projects;

/// <summary>Who is looking at a project, and through what they may see its confidential part.</summary>
public sealed record ProjectViewer(bool IsOwner, bool IsAdmin, bool IsFundManager, Guid? AccessFundId)
{
    public bool SeesConfidential => IsOwner || IsAdmin || AccessFundId is not null;
}
