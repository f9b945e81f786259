namespace Marketplace.Application.Matching.Kernel;

/// <summary>The saved or dismissed item a candidate resembles, and the reason given for it.</summary>
public sealed record FeedbackArg(Guid ItemId, string? Reason) : FitArg;
