using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching.Recompute;

/// <summary>Everything one computation scores against: the market of a pairing and the feedback, built at one instant.</summary>
public sealed record MarketSnapshot(FundProjectMarket? FundProject, TalentMarket? Talent, FeedbackSet Feedback);
