using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

public sealed record PipelineBoard(Guid FundId, LocalizedText FundName, IReadOnlyList<StageColumn> Columns)
{
    public int Total => Columns.Sum(c => c.Count);
}
