using Marketplace.Application.Currencies;
using Marketplace.Domain.Common;
using Marketplace.Web.Models;
using Marketplace.Web.Resources;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Controllers.Admin;

/// <summary>The reference rates that discovery compares amounts with: list, edit a rate, add a currency.</summary>
[Route("admin/rates")]
[Authorize(Roles = RoleNames.Admin)]
public sealed class AdminRatesController(ISender sender, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new ListCurrencyRates.Query(), ct));

    [HttpGet("new")]
    public IActionResult New() => View(new CurrencyRateForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(CurrencyRateForm form, CancellationToken ct)
    {
        var currency = await sender.Send(form.ToAddCommand(), ct);
        TempData["Flash"] = text["AdminRates.Added", currency].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{currency}/edit")]
    public async Task<IActionResult> Edit(string currency, CancellationToken ct) =>
        View(CurrencyRateForm.From(await sender.Send(new GetCurrencyRate.Query(currency), ct)));

    [HttpPost("{currency}/edit")]
    public async Task<IActionResult> Edit(string currency, CurrencyRateForm form, CancellationToken ct)
    {
        form.Currency = currency;
        await sender.Send(form.ToUpdateCommand(currency), ct);
        TempData["Flash"] = text["AdminRates.Saved", currency].Value;
        return RedirectToAction(nameof(Index));
    }
}
