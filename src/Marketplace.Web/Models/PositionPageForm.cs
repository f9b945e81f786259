using Marketplace.Application.Positions;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

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
