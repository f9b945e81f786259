using Marketplace.Application.Common;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Projects;

/// <summary>The owners' access page: every fund's request and where it stands, and who looked at the confidential part when.</summary>
public sealed record ConfidentialAccessOverview(Guid ProjectId, LocalizedText Title, IReadOnlyList<AccessItem> Requests, PagedList<ConfidentialViewItem> Views);
