using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Matching.Explanation;

/// <summary>
/// One new recommendation in a digest: what is recommended, for which of the reader's subjects (null:
/// their own researcher profile), and the factor given as the reason (<see cref="RecommendationText.Reason"/>;
/// none when no factor speaks for it).
/// </summary>
public sealed record DigestItem(LocalizedText Target, LocalizedText? Subject, MatchFactor? Reason);
