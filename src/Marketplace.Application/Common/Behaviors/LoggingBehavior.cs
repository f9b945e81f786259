using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Common.Behaviors;

public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).DeclaringType?.Name ?? typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogInformation("Use case {UseCase} by {UserId} done in {ElapsedMs:0.0} ms",
                name, user.IsSystem ? "system" : user.Id?.ToString() ?? "anonymous", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception e) when (e is InputValidationException or ForbiddenException or NotAuthenticatedException or NotFoundException or ConcurrencyConflictException)
        {
            logger.LogInformation("Use case {UseCase} refused: {Reason}", name, e.GetType().Name);
            throw;
        }
    }
}
