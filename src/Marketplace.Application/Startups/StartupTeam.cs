using Marketplace.Domain.Common;

namespace Marketplace.Application.Startups;

/// <summary>The owners' view of who owns the startup and who was invited and has not answered yet.</summary>
public sealed record StartupTeam(Guid Id, LocalizedText Name, IReadOnlyList<TeamMember> Members, IReadOnlyList<PendingInvitation> Pending);
