using FluentValidation;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Application.Files;
using Marketplace.Application.Import;
using Marketplace.Application.Links;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Application.Matching.Store;
using Marketplace.Application.Moderation;
using Marketplace.Application.Notifications;
using Marketplace.Application.Positions;
using Marketplace.Application.Profiles;
using Marketplace.Application.Projects;
using Marketplace.Infrastructure.Email;
using Marketplace.Infrastructure.Files;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Jobs;
using Marketplace.Infrastructure.Links;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.ReferenceData;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Database, Identity, e-mail and the application's own services: what the web app and the CLI share.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        Text.ConfigureValidation();
        var database = DatabaseSettings.From(configuration, contentRoot);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<ISiteAddress, SiteAddress>();
        services.AddSingleton<IAppLinks, SiteLinks>();

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<IUseCaseContext, UseCaseContext>();
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<RecomputeSignalInterceptor>();
        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            database.Configure(options);
            options.AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<RecomputeSignalInterceptor>());
        });
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<ReferenceDataSeeder>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // OWASP ASVS L2: length, not composition; the blocklist validator refuses common passwords.
                options.Password.RequiredLength = PasswordRules.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:MaxFailedAccessAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Identity:LockoutMinutes", 15));
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = configuration.GetValue("Identity:RequireConfirmedEmail", false);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<ProductSignInManager>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<ProductPasswordValidator>();
        // How often a session cookie is checked against the account (changed password, suspension).
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Identity:SessionCheckSeconds", 60)));
        services.AddSingleton<IPasswordBlocklist, PasswordBlocklist>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IUserEmailAddresses, UserEmailAddresses>();
        services.AddDataProtection().SetApplicationName("Marketplace").PersistKeysToDbContext<AppDbContext>();

        var email = configuration.GetSection("Email").Get<EmailSettings>() ?? new EmailSettings();
        services.AddSingleton(email);
        if (!string.IsNullOrWhiteSpace(email.Smtp?.Host))
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        else
            services.AddSingleton<IEmailSender>(sp => new PickupDirectoryEmailSender(
                Path.GetFullPath(email.PickupDirectory, contentRoot), email, sp.GetRequiredService<ILogger<PickupDirectoryEmailSender>>()));

        services.AddValidatorsFromAssemblyContaining<IAppDbContext>(ServiceLifetime.Scoped, includeInternalTypes: false);
        services.AddScoped<ModerationQueue>();
        services.AddScoped<ListingModeration>();
        services.AddScoped<IModerationApplier, ProfileModerationApplier>();
        services.AddScoped<IModerationApplier, ProjectModerationApplier>();
        services.AddScoped<IModerationApplier, PositionModerationApplier>();
        services.AddSingleton(new PitchDeckLimits
        {
            MaxBytes = configuration.GetValue("Uploads:PitchDeckMaxBytes", PitchDeckLimits.DefaultMaxBytes),
        });
        services.AddScoped<AccountEmails>();
        services.AddScoped<Notifier>();
        services.AddScoped<FileUploads>();
        services.AddSingleton<IFileStore>(new LocalDiskFileStore(Path.Combine(database.DataDirectory, "files")));
        services.AddImport();
        services.Configure<MatchingWeights>(configuration.GetSection(MatchingWeights.Section));
        services.AddSingleton<MatchingMarkets>();
        services.AddScoped<IMarketReader, MarketReader>();
        services.AddScoped<IRecommendationStore, RecommendationStore>();
        services.AddScoped<IncrementalRecompute>();
        return services;
    }

    /// <summary>The import runner and every section of the import format the application defines (one class each).</summary>
    private static void AddImport(this IServiceCollection services)
    {
        var sections = typeof(IImportSection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IImportSection).IsAssignableFrom(t));
        foreach (var section in sections)
            services.AddScoped(typeof(IImportSection), section);
        services.AddScoped<ImportRunner>();
        services.AddScoped<ImportCodes>();
    }

    /// <summary>
    /// Hangfire on the database's provider: its own SQLite file, or the same PostgreSQL database.
    /// <paramref name="workers"/> false makes a process that only enqueues (the CLI); the web app
    /// runs workers unless Jobs:RunServer says otherwise.
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration, bool workers = true)
    {
        services.AddHangfire((sp, config) =>
        {
            var database = sp.GetRequiredService<DatabaseSettings>();
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.PostgreSql)
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ResolveConnectionString()),
                    new PostgreSqlStorageOptions { QueuePollInterval = BackgroundJobsDefaults.QueuePollInterval });
            else
            {
                Directory.CreateDirectory(database.DataDirectory);
                // Polled every second, so a change's incremental recompute starts within seconds.
                config.UseSQLiteStorage(database.HangfireSqlitePath, new SQLiteStorageOptions { QueuePollInterval = BackgroundJobsDefaults.QueuePollInterval });
            }
        });
        if (workers && configuration.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(o => o.WorkerCount = configuration.GetValue("Jobs:WorkerCount", 2));
        services.AddScoped<RefreshClusterStatisticsJob>();
        services.AddScoped<ClosePastDeadlinePositionsJob>();
        services.AddScoped<ProcessRecomputeRequestsJob>();
        services.AddScoped<FullRecomputeJob>();
        services.AddScoped<RecomputeChunkJob>();
        services.AddScoped<RecommendationDigestJob>();
        services.AddSingleton<IRecomputeScheduler, HangfireRecomputeScheduler>();
        services.AddScoped<IBackgroundJobs, HangfireBackgroundJobs>();
        services.AddScoped<IJobMonitor, HangfireJobMonitor>();
        return services;
    }
}
