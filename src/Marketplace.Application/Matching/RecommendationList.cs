using Marketplace.Application.Common;

namespace Marketplace.Application.Matching;

/// <param name="Enabled">False when the reader turned personalised recommendations off: no items then.</param>
/// <param name="Computed">False before the pairing was first computed (the page says they come in the background).</param>
/// <param name="Diagnosis">For a fund with nothing to show: how the published projects fare against its mandate, rule by rule.</param>
public sealed record RecommendationList(
    string SubjectKind, Guid SubjectId, string SubjectName, bool Enabled, bool Computed, PagedList<RecommendedItem> Items,
    IReadOnlyList<string> DismissReasons, Funds.MandateDiagnosis? Diagnosis = null);
