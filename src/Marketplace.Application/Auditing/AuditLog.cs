using Marketplace.Application.Common;

namespace Marketplace.Application.Auditing;

public sealed record AuditLog(PagedList<AuditLine> Lines, IReadOnlyList<string> EntityTypes);
