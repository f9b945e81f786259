using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Application.Common.Behaviors;

/// <summary>
/// The behaviors every use case runs through, outermost first, registered by each host that sends
/// messages (the web app and the CLI) so the list exists once. The generated mediator resolves
/// <see cref="IPipelineBehavior{TMessage, TResponse}"/> in registration order, the first wrapping the rest.
/// </summary>
public static class UseCasePipeline
{
    /// <summary>Logging sees every outcome, refusals included; validation comes before the access check so a bad
    /// form is answered at its fields; the transaction opens last, around the handler alone.</summary>
    public static IReadOnlyList<Type> Behaviors { get; } =
    [
        typeof(LoggingBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(AuthorizationBehavior<,>),
        typeof(TransactionBehavior<,>),
    ];

    /// <summary>Call next to <c>AddMediator</c>, whose options must then name no pipeline behaviors of their own.</summary>
    public static IServiceCollection AddUseCasePipeline(this IServiceCollection services)
    {
        foreach (var behavior in Behaviors)
            services.AddScoped(typeof(IPipelineBehavior<,>), behavior);
        return services;
    }
}
