using System.Security.Claims;
using Marketplace.Application.Common;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Infrastructure.Identity;

/// <summary>
/// The user of the current web request, or the system when a background job or the CLI says
/// so with <see cref="RunAsSystem"/>. Never the system by accident: no request and no call
/// means nobody.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private bool system;
    private ClaimsPrincipal? principal;

    public void RunAsSystem() => system = true;

    /// <summary>For tests and sign-in flows: act as this principal for the rest of the scope.</summary>
    public void RunAs(ClaimsPrincipal user) => principal = user;

    private ClaimsPrincipal? Principal => principal ?? accessor.HttpContext?.User;

    public bool IsSystem => system;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
