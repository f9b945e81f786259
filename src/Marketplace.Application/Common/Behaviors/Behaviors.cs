using System.Diagnostics;
using FluentValidation;
using Marketplace.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
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

/// <summary>Runs every validator of the message and throws once with all failures (STYLE.md).</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        List<FieldError>? errors = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
            foreach (var failure in result.Errors)
                (errors ??= []).Add(new FieldError(failure.PropertyName, failure.ErrorMessage));
        }
        if (errors is not null)
            throw new InputValidationException(errors);
        return await next(message, cancellationToken);
    }
}

/// <summary>Applies the access rule the use case declares (attributes in <see cref="Security"/>).</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        AccessRule.For(message.GetType()).Check(user);
        return next(message, cancellationToken);
    }
}

/// <summary>
/// Commands run in one transaction, so a command that fails half-way writes nothing.
/// Queries pass straight through.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, IUseCaseContext useCase)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || unitOfWork.HasActiveTransaction)
            return await next(message, cancellationToken);

        var previous = useCase.Current;
        useCase.Current = typeof(TMessage).DeclaringType?.Name ?? typeof(TMessage).Name;
        useCase.PendingAction = message as IAuditedAction;
        try
        {
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            var response = await next(message, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
        finally
        {
            useCase.Current = previous;
            useCase.PendingAction = null;
        }
    }
}
