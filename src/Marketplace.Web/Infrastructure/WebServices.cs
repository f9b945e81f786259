using System.Security.Claims;
using System.Text.Json;
using Hangfire;
using Hangfire.Dashboard;
using Marketplace.Application.Accounts;
using Marketplace.Application.Clusters;
using Marketplace.Domain.Common;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

public static class ClaimNames
{
    public const string DisplayName = "mp:display_name";
    public const string Culture = "mp:culture";
    public const string TimeZone = "mp:time_zone";
}

/// <summary>Adds the profile's display name, language and time zone to the sign-in cookie.</summary>
public sealed class ProfileClaimsFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var profile = await db.UserProfiles.AsNoTracking().Where(p => p.Id == user.Id)
            .Select(p => new { p.DisplayName, p.Culture, p.TimeZone }).FirstOrDefaultAsync();
        if (profile is not null)
        {
            identity.AddClaim(new Claim(ClaimNames.DisplayName, profile.DisplayName));
            identity.AddClaim(new Claim(ClaimNames.Culture, profile.Culture));
            identity.AddClaim(new Claim(ClaimNames.TimeZone, profile.TimeZone));
        }
        return identity;
    }
}

/// <summary>Options for the forms' drop-down lists, read through the same use cases as the pages.</summary>
public sealed class SelectLists(ISender sender)
{
    public async Task<IReadOnlyList<(string Value, string Text)>> ClustersAsync(CancellationToken ct = default) =>
        (await sender.Send(new ListClusters.Query(), ct)).Select(c => (c.Key, c.Name.ForCurrentCulture())).ToList();

    public static IReadOnlyList<string> SelfChosenRoles => Codes.SelfChosenRoles;

    /// <summary>Sectors and rated currencies for the discovery filters.</summary>
    public async Task<Application.Projects.ProjectFilterOptions> ProjectFiltersAsync(CancellationToken ct = default) =>
        await sender.Send(new Application.Projects.GetProjectFilterOptions.Query(), ct);

    /// <summary>The active research areas, for the position filters.</summary>
    public async Task<IReadOnlyList<Application.Startups.NamedCode>> PositionFilterAreasAsync(CancellationToken ct = default) =>
        await sender.Send(new Application.Positions.GetPositionFilterOptions.Query(), ct);
}

public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy(db.Database.ProviderName)
                : HealthCheckResult.Unhealthy("Cannot connect.");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("Cannot connect.", e);
        }
    }
}

public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = storage.GetConnection();
            var servers = storage.GetMonitoringApi().Servers().Count;
            return Task.FromResult(HealthCheckResult.Healthy($"{storage.GetType().Name}, {servers} server(s)"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Job storage unreachable.", e));
        }
    }
}

public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}

public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(RoleNames.Admin);
}

public static class SecurityHeaders
{
    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The Hangfire dashboard ships inline scripts and styles; it is for administrators only.
    private const string DashboardCsp =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(JobsDashboard.Path) ? DashboardCsp : Csp;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        await next();
    });
}
