using Disputes.Deadlines.Scheduling;
using Disputes.Hosting.Workers;
using NodaTime;

namespace Disputes.Deadlines.Diagnostics;

public sealed record SchedulerDiagnosticsView(
    string Instance,
    WorkerStatus Status,
    Instant Now,
    Instant? LastRunAt,
    Duration? LastLag,
    Duration? OldestOverdueLag,
    long DueBacklog,
    Instant? OldestOverdueDueAt,
    long Claimed,
    IReadOnlyList<InstanceClaims> Claims,
    long Scheduled,
    Instant? NextDueAt,
    Instant? PlannedWakeAt,
    long Runs,
    long Expired,
    long Stale,
    long Failed,
    string? LastError);

// GET /diagnostics/scheduler — this instance's loop plus the shared backlog and who holds claims on it, for operators.
public static class SchedulerDiagnostics
{
    public static RouteHandlerBuilder MapSchedulerDiagnostics(this RouteGroupBuilder diagnostics) =>
        diagnostics.MapGet("/scheduler", Handle)
            .WithName("SchedulerDiagnostics")
            .WithSummary("The deadline scheduler: status, lag and backlog of due deadlines, and the claims each instance holds")
            .WithDescription("instance is this instance's id (Disputes:Instance:Id); claims lists, per instance, the deadlines it has claimed "
                + "and when their leases end: a dead instance's claims stay hidden from the others until then.");

    public static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<SchedulerDiagnosticsView>> Handle(
        DeadlineQueue queue, SchedulerState state, DeadlineSignal signal, IClock clock, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var backlog = await queue.BacklogAsync(now, ct);
        return TypedResults.Ok(new SchedulerDiagnosticsView(
            state.Instance, state.Status, now, state.LastRunAt, state.Totals.LastLag,
            backlog.OldestDue is { } oldest ? now - oldest : null,
            backlog.Due, backlog.OldestDue, backlog.Claimed, await queue.ClaimsAsync(now, state.Instance, ct), backlog.Total, backlog.NextDue, signal.PlannedWake,
            state.Runs, state.Totals.Expired, state.Totals.Stale, state.Totals.Failed, state.LastError));
    }
}
