using Marketplace.Application.Funds;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The mandate form of a fund; the fund comes from the URL.</summary>
public sealed class MandateForm : IFormPage
{
    public Guid FundId { get; set; }
    public List<string> Sectors { get; set; } = [];
    public List<string> Stages { get; set; } = [];
    public long? TicketMin { get; set; }
    public long? TicketMax { get; set; }
    public string? TicketCurrency { get; set; }
    public List<string> TargetClusterKeys { get; set; } = [];
    public bool OpenToOtherClusters { get; set; }
    public bool OpenToNewDeals { get; set; }
    public int? WeeklyCapacity { get; set; }
    public string? GuidanceRule { get; set; }
    public List<string> GuidanceRegions { get; set; } = [];
    public decimal? ReinvestmentRatio { get; set; }
    public bool AcceptsRelocation { get; set; }
    public int Version { get; set; }

    /// <summary>The fund's name and type and the choices of the form, read again after a refused save. Never bound from the form.</summary>
    [BindNever]
    public MandateEdit? Saved { get; set; }

    public static MandateForm From(MandateEdit m) => new()
    {
        FundId = m.FundId,
        Sectors = [.. m.Sectors],
        Stages = [.. m.Stages],
        TicketMin = m.TicketMin,
        TicketMax = m.TicketMax,
        TicketCurrency = m.TicketCurrency,
        TargetClusterKeys = [.. m.TargetClusterKeys],
        OpenToOtherClusters = m.OpenToOtherClusters,
        OpenToNewDeals = m.OpenToNewDeals,
        WeeklyCapacity = m.WeeklyCapacity,
        GuidanceRule = m.GuidanceRule ?? Domain.Funds.GuidanceRuleCodes.None,
        GuidanceRegions = [.. m.GuidanceRegions],
        // PostgreSQL returns the column's scale (1.50); the form shows the number as typed (1.5).
        ReinvestmentRatio = m.ReinvestmentRatio / 1.000000000000000000000000000000000m,
        AcceptsRelocation = m.AcceptsRelocation,
        Version = m.Version,
        Saved = m,
    };

    public DefineMandate.Command ToCommand(Guid fundId) => new(
        fundId, Sectors ?? [], Stages ?? [], TicketMin, TicketMax, TicketCurrency, TargetClusterKeys ?? [],
        OpenToOtherClusters, OpenToNewDeals, WeeklyCapacity, GuidanceRule, GuidanceRegions ?? [], ReinvestmentRatio, AcceptsRelocation, Version);

    /// <summary>Loaded through the partners' query, so a refused save by anyone else ends in 403, not a form.</summary>
    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Saved = await sender.Send(new GetMandateForEdit.Query(FundId), ct);
}
