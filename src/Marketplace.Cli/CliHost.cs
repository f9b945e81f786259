using Marketplace.Application.Common.Behaviors;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.Cli;

/// <summary>The CLI's composition root: the same configuration and services as the web app, acting as the system.</summary>
public static class CliHost
{
    public static IHost Build(string[]? configurationArgs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = ContentRoot.Find(),
            Args = configurationArgs ?? [],
        });
        // Only warnings and errors: the CLI's own output (progress bars, tables) is what the operator reads.
        // The rules from appsettings.json would let information through, so they are replaced, not added to.
        builder.Services.Configure<LoggerFilterOptions>(o =>
        {
            o.Rules.Clear();
            o.MinLevel = LogLevel.Warning;
            // EF logs a failed command before it throws; the verbs report the exception themselves
            // (and a new database's harmless first "fail:" line would look like an error).
            o.Rules.Add(new LoggerFilterRule(null, "Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None, null));
            // Keys are kept in the database (as by the web app); the CLI only reads them to make tokens.
            o.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.DataProtection", LogLevel.Error, null));
        });
        builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
        // The CLI enqueues jobs for the web app's workers (e.g. a recompute) but never runs them itself.
        builder.Services.AddBackgroundJobs(builder.Configuration, workers: false);
        // The behaviors are registered by AddUseCasePipeline, shared with the web app; options name none.
        builder.Services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(UseCasePipeline)];
        });
        builder.Services.AddUseCasePipeline();
        return builder.Build();
    }

    /// <summary>A scope that acts as the system (CLI verbs are run by an operator on the server).</summary>
    public static AsyncServiceScope SystemScope(this IHost host)
    {
        var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return scope;
    }
}
