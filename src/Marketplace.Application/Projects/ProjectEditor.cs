using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Projects;

/// <summary>
/// The edit form of a project, for its owners: the values to start from (a pending revision's when
/// there is one, so saving again keeps it in the queue), its state and the currencies to choose from.
/// </summary>
public sealed record ProjectEditor(
    Guid Id, Guid StartupId, LocalizedText StartupName, ModerationState State, bool RevisionPending, ProjectRevision Values,
    int Version, IReadOnlyList<string> Currencies);
