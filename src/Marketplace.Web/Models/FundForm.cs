using Marketplace.Application.Funds;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The new-fund and edit-fund form (the profile; the mandate has its own page). The id comes from the URL when editing.</summary>
public sealed class FundForm : IFormPage
{
    public Guid Id { get; set; }
    public string? NameEn { get; set; }
    public string? NameZh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionZh { get; set; }
    public string? Type { get; set; }
    public string? ClusterKey { get; set; }
    public string? Website { get; set; }
    public long? SizeAmount { get; set; }
    public string? SizeCurrency { get; set; }
    public int Version { get; set; }

    /// <summary>The clusters and currencies to choose from. Never bound from the form.</summary>
    [BindNever]
    public FundFormChoices? Choices { get; set; }

    public bool IsNew => Id == Guid.Empty;

    public static FundForm From(FundEdit f) => new()
    {
        Id = f.Id,
        NameEn = f.NameEn,
        NameZh = f.NameZh,
        DescriptionEn = f.DescriptionEn,
        DescriptionZh = f.DescriptionZh,
        Type = f.Type,
        ClusterKey = f.ClusterKey,
        Website = f.Website,
        SizeAmount = f.SizeAmount,
        SizeCurrency = f.SizeCurrency,
        Version = f.Version,
        Choices = f.Choices,
    };

    public CreateFund.Command ToCreateCommand() =>
        new(NameEn, NameZh, DescriptionEn, DescriptionZh, Type, ClusterKey, Website, SizeAmount, SizeCurrency);

    public UpdateFund.Command ToUpdateCommand(Guid id) =>
        new(id, NameEn, NameZh, DescriptionEn, DescriptionZh, Type, ClusterKey, Website, SizeAmount, SizeCurrency, Version);

    /// <summary>An edit form loads through the partners' query, so a refused save by someone else ends in 403, not a form.</summary>
    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Choices = IsNew
            ? await sender.Send(new GetFundFormChoices.Query(), ct)
            : (await sender.Send(new GetFundForEdit.Query(Id), ct)).Choices;
}
