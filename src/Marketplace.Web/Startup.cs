using System.Globalization;
using System.Threading.RateLimiting;
using Hangfire;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Behaviors;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Jobs;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Marketplace.Web;

public static class Startup
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("zh-Hans")];

    public static void AddMarketplace(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddInfrastructure(configuration, builder.Environment.ContentRootPath);
        services.AddBackgroundJobs(configuration);
        // The behaviors are registered by AddUseCasePipeline, shared with the CLI; options name none.
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(UseCasePipeline)];
        });
        services.AddUseCasePipeline();

        services.AddLocalization();
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // ?culture= first, then the switcher's cookie, then the browser's languages.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<UseCaseExceptionFilter>();
                // The use cases' validators say what is required, in the user's language; MVC's implicit
                // [Required] on non-nullable strings would add an English-only message before theirs.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                // "abc" in a number field: the reader's language, not MVC's English.
                o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((_, _) => Text.Get("Validation.NotAValidValue"));
                o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(_ => Text.Get("Validation.NotAValidValue"));
                o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => Text.Get("Validation.NotAValidValue"));
                // "maybe" in a checkbox's hidden companion: the same message, and the form shown again, not a 500.
                o.ModelBinderProviders.Insert(0, new BooleanModelBinderProvider());
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mp.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "mp.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.SlidingExpiration = true;
            // A signed-in user without the role gets 403 on the URL they asked for (the localized
            // error page), not a redirect that answers 200-then-403 somewhere else.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>, ProfileClaimsFactory>();
        services.AddScoped<SelectLists>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(RateLimits.Account)
                    .LogWarning("Rate limit reached on {Path} from {Address}", context.HttpContext.Request.Path, context.HttpContext.Connection.RemoteIpAddress);
                return ValueTask.CompletedTask;
            };
            var permits = configuration.GetValue("RateLimiting:AccountPermitLimit", 10);
            var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:AccountWindowSeconds", 60));
            // Credential endpoints: a fixed budget of POSTs per client address and window.
            o.AddPolicy(RateLimits.Account, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("get"));
        });

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<JobStorageHealthCheck>("jobs");
    }

    public static void UseMarketplace(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        // Localization first, so error pages re-executed below speak the request's language.
        app.UseRequestLocalization();
        app.UseCultureFromQueryRemembered();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseReaderTimeZone();
        app.UseAuthorization();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).DisableRateLimiting();
        app.MapHangfireDashboard(JobsDashboard.Path, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            AppPath = "/admin",
            DashboardTitle = "Marketplace jobs",
        });
        app.MapControllers();
        app.MapDefaultControllerRoute();
    }

    /// <summary>Migrations, reference data, schedules and (in Development) the demo data, before the first request.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await StartupTasks.RunAsync(app.Services, app.Configuration, app.Environment, app.Logger);
        RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>());
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : "(see the server log)";
            app.Logger.LogInformation("Marketplace is running at {Addresses}", addresses);
        });
    }
}
