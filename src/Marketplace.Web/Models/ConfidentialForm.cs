using Marketplace.Application.Files;
using Marketplace.Application.Projects;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The owners' confidential form: the figures, and the pitch deck upload.</summary>
public sealed class ConfidentialForm : IFormPage
{
    public long? PreMoneyValuationAmount { get; set; }
    public string? PreMoneyValuationCurrency { get; set; }
    public long? RevenueLast12MonthsAmount { get; set; }
    public string? RevenueLast12MonthsCurrency { get; set; }
    public long? MonthlyBurnAmount { get; set; }
    public string? MonthlyBurnCurrency { get; set; }
    public int? RunwayMonths { get; set; }
    public int Version { get; set; }
    public IFormFile? Deck { get; set; }

    [FromRoute(Name = "id")]
    public Guid ProjectId { get; set; }

    /// <summary>Set when the deck upload was refused: the figures on the page then come from the database, not the (deck-only) form.</summary>
    [BindNever]
    public bool FiguresFromDatabase { get; set; }

    [BindNever]
    public ConfidentialEditor? Editor { get; set; }

    public static ConfidentialForm For(ConfidentialEditor editor)
    {
        var form = new ConfidentialForm { ProjectId = editor.ProjectId };
        form.Fill(editor);
        return form;
    }

    private void Fill(ConfidentialEditor editor)
    {
        var c = editor.Confidential;
        Editor = editor;
        PreMoneyValuationAmount = c.PreMoneyValuation?.Amount;
        PreMoneyValuationCurrency = c.PreMoneyValuation?.Currency;
        RevenueLast12MonthsAmount = c.RevenueLast12Months?.Amount;
        RevenueLast12MonthsCurrency = c.RevenueLast12Months?.Currency;
        MonthlyBurnAmount = c.MonthlyBurn?.Amount;
        MonthlyBurnCurrency = c.MonthlyBurn?.Currency;
        RunwayMonths = c.RunwayMonths;
        Version = c.Version;
    }

    public UpdateConfidential.Command ToCommand(Guid projectId) => new(projectId, PreMoneyValuationAmount, PreMoneyValuationCurrency,
        RevenueLast12MonthsAmount, RevenueLast12MonthsCurrency, MonthlyBurnAmount, MonthlyBurnCurrency, RunwayMonths, Version);

    public UploadPitchDeck.Command ToUploadCommand(Guid projectId) =>
        new(projectId, Deck is null ? null : new UploadedFile(Deck.FileName, Deck.Length, Deck.OpenReadStream()));

    public async Task LoadPageAsync(ISender sender, CancellationToken ct)
    {
        var editor = await sender.Send(new GetConfidentialForEdit.Query(ProjectId), ct);
        if (FiguresFromDatabase)
            Fill(editor);
        else
            Editor = editor;
    }
}
