using Marketplace.Domain.Common;

namespace Marketplace.Application.Projects;

public sealed record ConfidentialViewItem(DateTime At, string? UserName, LocalizedText? FundName, string What);
