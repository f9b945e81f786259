using Marketplace.Domain.Common;

namespace Marketplace.Domain.Projects;

/// <summary>The confidential part of a project: seen only by its owners, funds granted access, and administrators.</summary>
public sealed class ProjectConfidential : AuditedEntity
{
    private ProjectConfidential() { }

    /// <summary>Shares the project's id.</summary>
    public ProjectConfidential(Guid projectId) => Id = projectId;
    public long? PreMoneyValuationAmount { get; set; }
    public string? PreMoneyValuationCurrency { get; set; }
    public long? RevenueLast12MonthsAmount { get; set; }
    public string? RevenueLast12MonthsCurrency { get; set; }
    public long? MonthlyBurnAmount { get; set; }
    public string? MonthlyBurnCurrency { get; set; }
    public int? RunwayMonths { get; set; }
    public Guid? PitchDeckFileId { get; set; }
}
