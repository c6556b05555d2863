using Disputes.Domain;
using NodaTime;

namespace Disputes.Projections;

// One row per dispute for lists and the mediator queue. The flat members are what queries filter and sort
// on (duplicated into indexed columns) and what list items show; the dispute's whole state stays in its
// DisputeDetails document, so each command upserts a small row here instead of a second copy of that state.
public sealed class DisputeListItem
{
    public Guid Id { get; set; }
    public string OrderId { get; set; } = "";
    public string BuyerId { get; set; } = "";
    public string SellerId { get; set; } = "";
    public DisputeReason Reason { get; set; }
    public string Language { get; set; } = "en";
    public DisputeStatus Status { get; set; }
    public DisputeOutcome? Outcome { get; set; }
    public Instant OpenedAt { get; set; }
    public Instant LastChangedAt { get; set; }
    public Money AmountPaid { get; set; }
    public DeadlineKind? NextDeadlineKind { get; set; }
    public Instant? NextDeadlineDueAt { get; set; }
    public string? MediatorId { get; set; }
    public bool IsOpen { get; set; }

    // Mediation: present while the platform owns the case (DisputeStatusGroups.IsMediation).
    public bool InMediation { get; set; }
    public Instant? EscalatedAt { get; set; }
    public Instant? SlaDueAt { get; set; }
    public bool MediationOverdue { get; set; }
    public bool EvidenceAwaited { get; set; }
    // An appealed case is shown with the mediators who may not take it (who decided it first).
    public bool Appealed { get; set; }
    public IReadOnlyList<string> ExcludedMediators { get; set; } = [];

    // Waiting on whom (WaitingOn, as of the last event): the flags are what "what needs my action" filters on.
    public List<Awaited> WaitingOn { get; set; } = [];
    public bool WaitingOnBuyer { get; set; }
    public bool WaitingOnSeller { get; set; }
    public bool WaitingOnMediator { get; set; }
    public bool WaitingOnPlatform { get; set; }
    public Instant? WaitingUntil { get; set; }

    // Sort keys as exact integers (Unix ticks): the store has no NodaTime column mapping, and ISO strings
    // with variable fractions do not sort as instants.
    public long OpenedAtTicks { get; set; }
    public long? NextDeadlineTicks { get; set; }
    public long? SlaDueTicks { get; set; }
    public bool Assigned { get; set; }

    // The stream version this row reflects.
    public long Version { get; set; }

    // Derived from the dispute document alone, once per appended batch (as of its last event): asking the
    // lifecycle machine whom the dispute waits on costs far more than folding an event.
    public static DisputeListItem From(DisputeDetails details, long version, Instant asOf)
    {
        var state = details.State;
        var next = state.Deadlines.Values.OrderBy(d => d.DueAt).ThenBy(d => d.Kind).FirstOrDefault();
        var inMediation = state.Status.IsMediation();
        // Once flagged overdue the domain stops running the SLA clock, but the queue still orders by when it was due.
        var sla = !inMediation ? null : state.Deadlines.GetValueOrDefault(DeadlineKind.MediatorDecisionSla)?.DueAt ?? details.BreachedSlaDueAt;
        var item = new DisputeListItem
        {
            Id = state.Id,
            OrderId = state.OrderId,
            BuyerId = state.BuyerId,
            SellerId = state.SellerId,
            Reason = state.Reason,
            Language = state.Language.Value,
            Status = state.Status,
            Outcome = state.Outcome,
            OpenedAt = state.OpenedAt,
            LastChangedAt = state.LastChangedAt,
            AmountPaid = state.AmountPaid,
            NextDeadlineKind = next?.Kind,
            NextDeadlineDueAt = next?.DueAt,
            MediatorId = state.MediatorId,
            IsOpen = state.Status.IsOpen(),
            InMediation = inMediation,
            EscalatedAt = inMediation ? state.EscalatedAt : null,
            SlaDueAt = sla,
            MediationOverdue = inMediation && state.MediationOverdue,
            EvidenceAwaited = state.EvidenceRequest is not null,
            Appealed = state.Appealed,
            ExcludedMediators = state.ExcludedMediators,
            OpenedAtTicks = state.OpenedAt.ToUnixTimeTicks(),
            NextDeadlineTicks = next?.DueAt.ToUnixTimeTicks(),
            SlaDueTicks = sla?.ToUnixTimeTicks(),
            Assigned = state.MediatorId is not null,
            Version = version,
        };
        item.RecordWaiting(state, asOf);
        return item;
    }

    private void RecordWaiting(Dispute state, Instant asOf)
    {
        WaitingOn = Domain.WaitingOn.For(state, asOf).ToList();
        WaitingOnBuyer = WaitingOn.Any(w => w.Who == ActorKind.Buyer);
        WaitingOnSeller = WaitingOn.Any(w => w.Who == ActorKind.Seller);
        WaitingOnMediator = WaitingOn.Any(w => w.Who == ActorKind.Mediator);
        WaitingOnPlatform = WaitingOn.Any(w => w.Who == ActorKind.Platform);
        WaitingUntil = WaitingOn.Min(w => w.Until);
    }

    // A clock that has run out but not yet fired still counts: the scheduler may be a little behind "now".
    public bool IsOverdue(Instant now) => MediationOverdue || NextDeadlineDueAt <= now || (InMediation && SlaDueAt <= now);
}
