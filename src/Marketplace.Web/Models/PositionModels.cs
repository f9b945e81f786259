using Marketplace.Application.Common;
using Marketplace.Application.Positions;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The /positions filters, bound from the query string; names equal <see cref="SearchPositions.Query"/>'s.</summary>
public sealed class PositionSearchForm : IQueryForm
{
    public string? Q { get; set; }
    public string? Cluster { get; set; }
    public string? Mode { get; set; }
    public string? Type { get; set; }
    public string? Area { get; set; }
    public string? Skill { get; set; }
    public bool? Remote { get; set; }
    public string? Degree { get; set; }
    public int? Page { get; set; }

    /// <summary>What the search found; null when the filters were refused.</summary>
    [BindNever]
    public PagedList<PositionCard>? Results { get; set; }

    public SearchPositions.Query ToQuery() => new(Cluster, Mode, Type, Area, Skill, Remote, Degree, Q, Page: Page);

    public bool HasFilters =>
        Remote is not null || new[] { Q, Cluster, Mode, Type, Area, Skill, Degree }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The filters as query values, for the pager's links (the page number is added by the pager).</summary>
    public IReadOnlyDictionary<string, string?> QueryValues() => new Dictionary<string, string?>
    {
        ["q"] = Q, ["cluster"] = Cluster, ["mode"] = Mode, ["type"] = Type, ["area"] = Area, ["skill"] = Skill,
        ["remote"] = Remote is { } r ? (r ? "true" : "false") : null, ["degree"] = Degree,
    };
}

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

/// <summary>The position page and the posters' small forms on it (submit, withdraw, close).</summary>
public sealed class PositionPageForm : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid PositionId { get; set; }

    /// <summary>The position's id, as the page's components take it.</summary>
    public Guid Id => PositionId;

    public int Version { get; set; }
    public string? Reason { get; set; }

    [BindNever]
    public PositionDetails? Position { get; set; }

    public static PositionPageForm For(PositionDetails position) => new() { PositionId = position.Id, Version = position.Version, Position = position };

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Position = await sender.Send(new GetPosition.Query(PositionId), ct);
}
