using Marketplace.Application.Startups;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

/// <summary>The logo upload form (multipart).</summary>
public sealed class LogoForm : IFormPage
{
    public Guid StartupId { get; set; }
    public IFormFile? Logo { get; set; }

    [BindNever]
    public StartupEdit? Startup { get; set; }

    public static LogoForm From(StartupEdit startup) => new() { StartupId = startup.Id, Startup = startup };

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) => Startup = await sender.Send(new GetStartupForEdit.Query(StartupId), ct);
}
