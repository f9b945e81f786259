using Marketplace.Application.Funds;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>A fund's mandate, readable, for the fund's public page: <c>@(await Component.InvokeAsync&lt;FundMandateViewComponent&gt;(new { fundId }))</c>.</summary>
public sealed class FundMandateViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid fundId) =>
        View(await sender.Send(new GetMandate.Query(fundId), HttpContext.RequestAborted));
}
