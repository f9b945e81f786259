using Marketplace.Application.Moderation;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

public sealed class ModerationDecisionForm : IFormPage
{
    public Guid RequestId { get; set; }
    public DecideModeration.Verdict? Verdict { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }

    /// <summary>The request under review, as saved. Never bound from the form.</summary>
    [BindNever]
    public ModerationRequestDetails? Request { get; set; }

    public static ModerationDecisionForm From(ModerationRequestDetails request) =>
        new() { RequestId = request.Id, Version = request.Version, Request = request };

    public DecideModeration.Command ToCommand(Guid requestId) => new(requestId, Verdict, Reason, Version);

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Request = await sender.Send(new GetModerationRequest.Query(RequestId), ct);
}
