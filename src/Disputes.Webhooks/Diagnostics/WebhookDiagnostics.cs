using Disputes.Hosting.Workers;
using Disputes.Webhooks.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Webhooks.Diagnostics;

public sealed record WebhookDiagnosticsView(
    string Instance,
    WorkerStatus Status,
    Instant Now,
    Instant? LastRunAt,
    long Delivered,
    long Failed,
    long DeadLettered,
    string? LastError,
    WebhookBacklog Backlog,
    IReadOnlyList<InstanceClaims> Claims);

// GET /diagnostics/webhooks — this instance's dispatcher plus the shared outbox and who holds claims on it, for operators.
public static class WebhookDiagnostics
{
    public static RouteHandlerBuilder MapWebhookDiagnostics(this RouteGroupBuilder group) =>
        group.MapGet("/webhooks", Handle)
            .WithName("WebhookDiagnostics")
            .WithSummary("The webhook dispatcher: status and totals of this instance, what waits in the outbox, and the claims each instance holds");

    public static async Task<Ok<WebhookDiagnosticsView>> Handle(WebhookOutbox outbox, WebhookDispatcherState state, IClock clock, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        return TypedResults.Ok(new WebhookDiagnosticsView(
            state.Instance, state.Status, now, state.LastRunAt, state.Totals.Delivered, state.Totals.Failed, state.Totals.DeadLettered, state.LastError,
            await outbox.BacklogAsync(now, ct), await outbox.ClaimsAsync(now, state.Instance, ct)));
    }
}
