using Marketplace.Application.Positions.Applications;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>One of the researcher's applications, with the withdraw form.</summary>
public sealed class MyPositionApplicationPage : IFormPage
{
    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    public int Version { get; set; }

    [BindNever]
    public MyPositionApplication? Application { get; set; }

    public static MyPositionApplicationPage For(MyPositionApplication application) =>
        new() { Id = application.Id, Version = application.Version, Application = application };

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Application = await sender.Send(new GetMyPositionApplication.Query(Id), ct);

    public WithdrawPositionApplication.Command ToWithdrawCommand() => new(Id, Version);
}
