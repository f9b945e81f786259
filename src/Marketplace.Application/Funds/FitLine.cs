using Marketplace.Application.Common;

namespace Marketplace.Application.Funds;

/// <summary>One rule's outcome as the page shows it: the sentence in the reader's language, and the codes for tests and styling.</summary>
public sealed record FitLine(string Rule, bool Passed, string Reason, bool Restricts, string Text);
