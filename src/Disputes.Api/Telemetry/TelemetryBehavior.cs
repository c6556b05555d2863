using System.Diagnostics;
using Disputes.Hosting.Requests;
using Disputes.Projections.Telemetry;
using Disputes.Projections.Writing;
using Mediator;

namespace Disputes.Api.Telemetry;

// Outermost behavior: one span per Mediator message (a child of the HTTP request's span, or of the scheduler's
// drain), a log scope carrying the correlation id, and for commands the outcome counted by type.
public sealed class TelemetryBehavior<TMessage, TResponse>(CommandContext context, CommandMetrics metrics, ILogger<TelemetryBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name is var name && name.EndsWith("Request", StringComparison.Ordinal)
        ? name[..^"Request".Length]
        : name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = DisputesTelemetry.Source.StartActivity($"mediator {MessageName}");
        activity?.SetTag(DisputesTelemetry.Command, MessageName);
        activity?.SetTag(DisputesTelemetry.CorrelationId, context.CorrelationId);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = context.CorrelationId });
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            if (response is CommandOutcome outcome)
            {
                var (name, rule) = CommandMetrics.Describe(outcome);
                activity?.SetTag(DisputesTelemetry.Outcome, name);
                metrics.Record(MessageName, name, rule, Stopwatch.GetElapsedTime(started));
            }
            return response;
        }
        catch (Exception e) when (message is ICommand<CommandOutcome>)
        {
            // Validation failures are the caller's (400); anything else that escapes is a fault, e.g. conflicts
            // that outlasted every retry.
            var name = e is RequestValidationException ? "invalid" : e is OperationCanceledException ? "cancelled" : "failed";
            activity?.SetTag(DisputesTelemetry.Outcome, name);
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            metrics.Record(MessageName, name, null, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }
}
