using Marketplace.Domain.Common;

namespace Marketplace.Domain.Positions;

/// <summary>A researcher's application to a position, with a note; the poster moves it along its stages.</summary>
public sealed class PositionApplication : AuditedEntity
{
    private PositionApplication() { }

    public PositionApplication(Guid positionId, Guid researcherId, string note)
    {
        PositionId = positionId;
        ResearcherId = researcherId;
        Note = note;
        Stage = ApplicationStage.Applied;
    }

    public Guid PositionId { get; private set; }
    /// <summary>The researcher's user id (and profile id).</summary>
    public Guid ResearcherId { get; private set; }
    public string Note { get; set; } = null!;
    public ApplicationStage Stage { get; set; }
    /// <summary>When rejected: one of <see cref="RejectionReasons"/>; the researcher sees it.</summary>
    public string? RejectionReason { get; set; }
    public string? RejectionNote { get; set; }
    /// <summary>The conversation opened when the application reached Interview.</summary>
    public Guid? ConversationId { get; set; }
}
