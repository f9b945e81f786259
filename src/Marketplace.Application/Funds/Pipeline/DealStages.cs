using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>The stage names forms and URLs use ("DueDiligence"), read strictly: no numbers, no other casing.</summary>
public static class DealStages
{
    public static readonly IReadOnlyList<DealStage> All = Enum.GetValues<DealStage>();

    /// <summary>The stages a deal moves through before it ends as Invested or Passed.</summary>
    public static readonly IReadOnlyList<DealStage> Open =
        [DealStage.Sourced, DealStage.Screening, DealStage.Meeting, DealStage.DueDiligence, DealStage.TermSheet];

    public static bool TryParse(string? text, out DealStage stage)
    {
        stage = default;
        var clean = Input.Clean(text);
        return clean is not null && Enum.GetNames<DealStage>().Contains(clean, StringComparer.Ordinal) && Enum.TryParse(clean, out stage);
    }
}
