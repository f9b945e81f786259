using Marketplace.Application.Common;
using Marketplace.Application.Positions;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The new-position and edit-position form. Field names are the commands' property names, so messages land at their fields.</summary>
public sealed class PositionForm : IFormPage
{
    public Guid? StartupId { get; set; }
    public Guid? FundId { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleZh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionZh { get; set; }
    public string? Type { get; set; }
    public List<string> ResearchAreas { get; set; } = [];
    public string? Skills { get; set; }
    public string? MinDegree { get; set; }
    public int? MinYearsExperience { get; set; }
    public string? ClusterKey { get; set; }
    public bool Remote { get; set; }
    public long? CompensationMin { get; set; }
    public long? CompensationMax { get; set; }
    public string? CompensationCurrency { get; set; }
    public bool VisaSupport { get; set; }
    public bool RelocationSupport { get; set; }
    public DateOnly? Deadline { get; set; }
    public int Version { get; set; }

    /// <summary>The position being edited; null on the new-position form. Comes from the URL.</summary>
    [FromRoute(Name = "id")]
    public Guid? PositionId { get; set; }

    [BindNever]
    public NewPositionForm? New { get; set; }

    [BindNever]
    public PositionEditor? Editor { get; set; }

    public PositionChoices? Choices => Editor?.Choices ?? New?.Choices;

    public static PositionForm For(NewPositionForm form) =>
        new() { StartupId = form.StartupId, FundId = form.FundId, New = form, Type = "full-time" };

    public static PositionForm For(PositionEditor editor)
    {
        var v = editor.Values;
        return new PositionForm
        {
            StartupId = editor.StartupId,
            FundId = editor.FundId,
            PositionId = editor.Id,
            TitleEn = v.Title.En,
            TitleZh = v.Title.Zh,
            DescriptionEn = v.Description.En,
            DescriptionZh = v.Description.Zh,
            Type = v.Type,
            ResearchAreas = v.ResearchAreas.ToList(),
            Skills = string.Join(", ", v.Skills),
            MinDegree = v.MinDegree,
            MinYearsExperience = v.MinYearsExperience,
            ClusterKey = editor.ClusterKey,
            Remote = v.Remote,
            CompensationMin = v.CompensationMin,
            CompensationMax = v.CompensationMax,
            CompensationCurrency = v.CompensationCurrency,
            VisaSupport = v.VisaSupport,
            RelocationSupport = v.RelocationSupport,
            Deadline = v.Deadline,
            Version = editor.Version,
            Editor = editor,
        };
    }

    public CreatePosition.Command ToCreateCommand() => new(StartupId, FundId, TitleEn, TitleZh, DescriptionEn, DescriptionZh, Type,
        ResearchAreas, Skills, MinDegree, MinYearsExperience, ClusterKey, Remote, CompensationMin, CompensationMax, CompensationCurrency,
        VisaSupport, RelocationSupport, Deadline);

    public UpdatePosition.Command ToUpdateCommand(Guid positionId) => new(positionId, TitleEn, TitleZh, DescriptionEn, DescriptionZh, Type,
        ResearchAreas, Skills, MinDegree, MinYearsExperience, ClusterKey, Remote, CompensationMin, CompensationMax, CompensationCurrency,
        VisaSupport, RelocationSupport, Deadline, Version);

    public async Task LoadPageAsync(ISender sender, CancellationToken ct)
    {
        if (PositionId is { } id)
            Editor = await sender.Send(new GetPositionForEdit.Query(id), ct);
        else
            New = await sender.Send(new GetNewPositionForm.Query(StartupId, FundId), ct);
    }
}
