using Marketplace.Application.Accounts;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.ReferenceData;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Infrastructure;

public static class StartupTasks
{
    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, IWebHostEnvironment environment, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var settings = sp.GetRequiredService<DatabaseSettings>();
        sp.GetRequiredService<CurrentUser>().RunAsSystem();

        if (settings.MigrateOnStartup)
        {
            logger.LogInformation("Applying {Provider} migrations", settings.Provider);
            await DatabaseSetup.MigrateAsync(sp);
        }
        await sp.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
        await CreateConfiguredAdministratorAsync(sp, configuration, logger);

        if (environment.IsDevelopment() && configuration.GetValue("Demo:LoadOnFirstRun", false))
        {
            var demoFile = Path.GetFullPath(configuration["Demo:File"] ?? "demo/marketplace-demo.json", environment.ContentRootPath);
            await DemoData.LoadOnFirstRunAsync(sp, demoFile, logger);
        }
    }

    /// <summary>Admin:Email and Admin:Password (environment or user secrets, never committed) create the first administrator.</summary>
    private static async Task CreateConfiguredAdministratorAsync(IServiceProvider sp, IConfiguration configuration, ILogger logger)
    {
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
            return;
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not null)
            return;
        await sp.GetRequiredService<ISender>().Send(new CreateAdministrator.Command(email, password, configuration["Admin:DisplayName"] ?? "Administrator"));
        logger.LogInformation("Created the administrator {Email} from configuration", email);
    }
}
