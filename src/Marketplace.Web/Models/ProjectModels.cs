using Marketplace.Application.Files;
using Marketplace.Application.Projects;
using Marketplace.Domain.Projects;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

public sealed class TractionRow
{
    public string? Metric { get; set; }
    public long? Value { get; set; }
}

/// <summary>The new-project and edit-project form. Field names are the commands' property names, so messages land at their fields.</summary>
public sealed class ProjectForm : IFormPage
{
    public Guid StartupId { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleZh { get; set; }
    public string? SummaryEn { get; set; }
    public string? SummaryZh { get; set; }
    public long? SeekingAmount { get; set; }
    public string? SeekingCurrency { get; set; }
    public string? Instrument { get; set; }
    public string? Stage { get; set; }
    public string? UseOfFundsEn { get; set; }
    public string? UseOfFundsZh { get; set; }
    public List<TractionRow> Traction { get; set; } = [];
    public int Version { get; set; }

    /// <summary>The project being edited; null on the new-project form. Comes from the URL.</summary>
    [FromRoute(Name = "id")]
    public Guid? ProjectId { get; set; }

    [BindNever]
    public ProjectFormChoices? Choices { get; set; }

    [BindNever]
    public ProjectEditor? Editor { get; set; }

    public IReadOnlyList<string> Currencies => Editor?.Currencies ?? Choices?.Currencies ?? [];

    /// <summary>Empty rows up to the most a project may list, so the form always offers them all.</summary>
    public IReadOnlyList<TractionRow> TractionRows =>
        Traction.Concat(Enumerable.Range(0, Math.Max(0, TractionMetrics.MaxPerProject - Traction.Count)).Select(_ => new TractionRow())).ToList();

    public static ProjectForm For(ProjectFormChoices choices) =>
        new() { StartupId = choices.StartupId, Choices = choices, SeekingCurrency = "CNY" };

    public static ProjectForm For(ProjectEditor editor)
    {
        var v = editor.Values;
        return new ProjectForm
        {
            StartupId = editor.StartupId,
            ProjectId = editor.Id,
            TitleEn = v.Title.En,
            TitleZh = v.Title.Zh,
            SummaryEn = v.Summary.En,
            SummaryZh = v.Summary.Zh,
            SeekingAmount = v.SeekingAmount,
            SeekingCurrency = v.SeekingCurrency,
            Instrument = v.Instrument,
            Stage = v.Stage,
            UseOfFundsEn = v.UseOfFunds.En,
            UseOfFundsZh = v.UseOfFunds.Zh,
            Traction = v.Traction.Select(t => new TractionRow { Metric = t.Metric, Value = t.Value }).ToList(),
            Version = editor.Version,
            Editor = editor,
        };
    }

    private List<TractionInput> TractionInputs() => Traction.Select(r => new TractionInput(r.Metric, r.Value)).ToList();

    public CreateProject.Command ToCreateCommand() => new(StartupId, TitleEn, TitleZh, SummaryEn, SummaryZh, SeekingAmount, SeekingCurrency,
        Instrument, Stage, UseOfFundsEn, UseOfFundsZh, TractionInputs());

    public UpdateProject.Command ToUpdateCommand(Guid projectId) => new(projectId, TitleEn, TitleZh, SummaryEn, SummaryZh, SeekingAmount,
        SeekingCurrency, Instrument, Stage, UseOfFundsEn, UseOfFundsZh, TractionInputs(), Version);

    public async Task LoadPageAsync(ISender sender, CancellationToken ct)
    {
        if (ProjectId is { } id)
            Editor = await sender.Send(new GetProjectForEdit.Query(id), ct);
        else
            Choices = await sender.Send(new GetNewProjectForm.Query(StartupId), ct);
    }
}

/// <summary>The project page and the small forms on it (submit, withdraw, close, ask for access).</summary>
public sealed class ProjectPageForm : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid ProjectId { get; set; }

    public int Version { get; set; }
    public string? Reason { get; set; }
    public Guid? FundId { get; set; }
    public string? Message { get; set; }

    [BindNever]
    public ProjectDetails? Project { get; set; }

    public static ProjectPageForm For(ProjectDetails project) => new() { ProjectId = project.Id, Version = project.Version, Project = project };

    // Reading the page again after a refused form must not count as another view.
    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Project = await sender.Send(new GetProject.Query(ProjectId), ct);
}

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

/// <summary>The owners' access page: requests with their decision buttons, and the log of looks.</summary>
public sealed class AccessPageForm : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid ProjectId { get; set; }

    public int Version { get; set; }

    [BindNever]
    public int? Page { get; set; }

    [BindNever]
    public ConfidentialAccessOverview? Overview { get; set; }

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Overview = await sender.Send(new GetConfidentialAccess.Query(ProjectId, Page), ct);
}
