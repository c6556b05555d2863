using Mediator;

namespace Disputes.Hosting.Requests;

// Every message that can be malformed is checked before its handler runs; the exception handler turns
// the failure into a 400 with field errors.
public sealed class ValidationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IValidatable validatable)
        {
            var errors = new RequestErrors();
            validatable.Validate(errors);
            if (message is IWrittenRequest written)
                IWrittenRequest.Validate(written, errors);
            if (errors.Any)
                throw new RequestValidationException(errors.ToDictionary());
        }
        return next(message, cancellationToken);
    }
}
