using Marketplace.Application.Projects;
using Marketplace.Domain.Projects;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

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
