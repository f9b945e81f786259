using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The fund's team page: its invite form and the role forms, with the members and pending invitations around them.</summary>
public sealed class FundTeamForm : IFormPage
{
    public Guid FundId { get; set; }
    public string Email { get; set; } = "";
    public string? Role { get; set; }

    [BindNever]
    public FundTeam? Team { get; set; }

    public static FundTeamForm From(FundTeam team) => new() { FundId = team.Id, Team = team };

    /// <summary>Only partners post this page's forms: an analyst's refused POST ends in 403, not the page with their input.</summary>
    public async Task LoadPageAsync(ISender sender, CancellationToken ct)
    {
        Team = await sender.Send(new GetFundTeam.Query(FundId), ct);
        if (!Team.CanManage)
            throw new ForbiddenException();
    }
}
