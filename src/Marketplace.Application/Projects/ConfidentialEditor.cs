using Marketplace.Domain.Common;

namespace Marketplace.Application.Projects;

/// <summary>The confidential part's form, for the project's owners only.</summary>
public sealed record ConfidentialEditor(
    Guid ProjectId, LocalizedText Title, ConfidentialDetails Confidential, IReadOnlyList<string> Currencies, long PitchDeckMaxBytes);
