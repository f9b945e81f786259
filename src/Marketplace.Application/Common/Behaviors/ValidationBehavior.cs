using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Common.Behaviors;

/// <summary>Runs every validator of the message and throws once with all failures (docs/architecture.md).</summary>
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
