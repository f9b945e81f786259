using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Common.Behaviors;

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
