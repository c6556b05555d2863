using NodaTime;

namespace Disputes.Domain;

// What a path through a dispute amounted to, as the what-if report compares it: where it ended, what was granted
// to the buyer, whether a mediator was needed and whether a clock rather than a person settled it.
public sealed record ResolutionFacts(
    DisputeStatus Status,
    DisputeOutcome? Outcome,
    Money RefundGranted,
    Instant? EscalatedAt,
    bool SlaBreached,
    Instant? ClosedAt,
    bool DecidedByClock,
    bool Settled)
{
    // How it ended when closed, else where it stands (RefundPending, UnderMediation, ...).
    public string Standing => Outcome?.ToString() ?? Status.ToString();

    // Settled: what the buyer gets is determined — a refund granted, a mediator's decision, or an end.
    public static bool IsSettled(Dispute? d) => d is not null && (d.Refund is not null || d.Decision is not null || d.Outcome is not null);

    public static ResolutionFacts Of(Dispute state, bool slaBreached, bool decidedByClock) => new(
        state.Status,
        state.Outcome,
        // Refunded so far plus the attempt in flight: what the buyer has been granted, paid or not.
        state.Refund is { } pending ? state.Refunded + pending.Amount : state.Refunded,
        state.EscalatedAt,
        slaBreached || state.MediationOverdue,
        state.ClosedAt,
        decidedByClock,
        IsSettled(state));
}
