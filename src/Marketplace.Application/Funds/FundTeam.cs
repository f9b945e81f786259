using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds;

/// <summary>
/// The team page: who is on the fund's team with which role, and who was invited and has not
/// answered yet. Every member sees it; <see cref="CanManage"/> (partners) may invite, revoke and change roles.
/// </summary>
public sealed record FundTeam(
    Guid Id, LocalizedText Name, IReadOnlyList<FundTeamMember> Members, IReadOnlyList<FundPendingInvitation> Pending, bool CanManage);
