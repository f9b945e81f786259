using Marketplace.Application.Funds.Pipeline;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>
/// The deal page and its forms (move, pass, invest, assign, note, rating). Each form posts only its
/// own fields; the names equal the commands' so a refusal lands at its field.
/// </summary>
public sealed class DealPageForm : IFormPage
{
    public const string FromBoard = "board";

    [FromRoute(Name = "fundId")]
    public Guid FundId { get; set; }

    [FromRoute(Name = "dealId")]
    public Guid DealId { get; set; }

    public int Version { get; set; }
    public string? Stage { get; set; }
    public string? PassReason { get; set; }
    public string? PassNote { get; set; }
    public long? InvestedAmount { get; set; }
    public string? InvestedCurrency { get; set; }
    public Guid? AssigneeId { get; set; }
    public string? Note { get; set; }
    public int? Team { get; set; }
    public int? Market { get; set; }
    public int? Technology { get; set; }
    public int? Traction { get; set; }
    public int? Fit { get; set; }

    /// <summary>"board" when a move was made from the board, which is then where the user goes back to.</summary>
    public string? From { get; set; }

    [BindNever]
    public DealDetails? Deal { get; set; }

    public static DealPageForm For(DealDetails deal) => new()
    {
        FundId = deal.FundId,
        DealId = deal.Id,
        Version = deal.Version,
        AssigneeId = deal.Assignee?.UserId,
        InvestedCurrency = deal.SeekingCurrency,
        Team = deal.MyRating?.Team,
        Market = deal.MyRating?.Market,
        Technology = deal.MyRating?.Technology,
        Traction = deal.MyRating?.Traction,
        Fit = deal.MyRating?.Fit,
        Deal = deal,
    };

    public MoveDeal.Command ToMoveCommand() => new(FundId, DealId, Stage, PassReason, PassNote, InvestedAmount, InvestedCurrency, Version);

    public AssignDeal.Command ToAssignCommand() => new(FundId, DealId, AssigneeId, Version);

    public AddDealNote.Command ToNoteCommand() => new(FundId, DealId, Note);

    public RateDeal.Command ToRateCommand() => new(FundId, DealId, Team, Market, Technology, Traction, Fit);

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Deal = await sender.Send(new GetDeal.Query(FundId, DealId), ct);
}
