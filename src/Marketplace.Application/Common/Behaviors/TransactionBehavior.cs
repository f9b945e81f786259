using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Common.Behaviors;

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
