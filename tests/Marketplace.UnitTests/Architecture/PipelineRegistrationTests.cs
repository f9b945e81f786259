extern alias cli;

using Marketplace.Application.Clusters;
using Marketplace.Application.Common.Behaviors;
using Marketplace.Infrastructure;
using Marketplace.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using CliHost = cli::Marketplace.Cli.CliHost;

namespace Marketplace.UnitTests.Architecture;

/// <summary>
/// A use case must behave the same whether a page or a CLI verb sends it: both hosts run the one list in
/// <see cref="UseCasePipeline"/>, and nothing else (a behavior named again in AddMediator's options would run twice).
/// </summary>
public sealed class PipelineRegistrationTests : IDisposable
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("marketplace-pipeline-");

    [Fact]
    public void The_pipeline_runs_logging_validation_authorization_then_the_transaction()
    {
        // The order docs/architecture.md gives: a refused or invalid message is logged and never opens a transaction.
        Assert.Equal(
            [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(TransactionBehavior<,>)],
            UseCasePipeline.Behaviors);
    }

    [Fact]
    public async Task The_web_app_and_the_cli_resolve_the_same_behaviors_in_the_same_order()
    {
        var configuration = new[] { "--Database:DataDirectory", data.FullName, "--Jobs:RunServer", "false" };

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = configuration,
            ApplicationName = typeof(Startup).Assembly.GetName().Name,
            ContentRootPath = ContentRoot.Find(),
            EnvironmentName = Environments.Production,
        });
        builder.AddMarketplace();
        await using var web = builder.Build();
        using var cliHost = CliHost.Build(configuration);

        foreach (var host in new IServiceProvider[] { web.Services, cliHost.Services })
        {
            // A command and a query: the transaction behavior is registered for both and lets queries through itself.
            Assert.Equal(UseCasePipeline.Behaviors, Resolve<UpdateCluster.Command, Unit>(host));
            Assert.Equal(UseCasePipeline.Behaviors, Resolve<ListClusters.Query, IReadOnlyList<ClusterSummary>>(host));
        }
    }

    private static List<Type> Resolve<TMessage, TResponse>(IServiceProvider services) where TMessage : IMessage
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetServices<IPipelineBehavior<TMessage, TResponse>>()
            .Select(b => b.GetType().GetGenericTypeDefinition())
            .ToList();
    }

    public void Dispose() => data.Delete(recursive: true);
}
