using Disputes.Domain;
using NodaTime;

namespace Disputes.Projections.Views;

// The one shape every dispute response returns: the state, its version, its running clocks, the refund to pay and
// what each participant may do now, all read off the domain rather than recomputed here.
public sealed record DisputeView(
    Guid Id,
    long Version,
    string OrderId,
    string BuyerId,
    string SellerId,
    DisputeReason Reason,
    string Description,
    MoneyView AmountPaid,
    Remedy RequestedRemedy,
    MoneyView RequestedRefund,
    Instant ProtectionEndsAt,
    string PolicyVersion,
    Instant OpenedAt,
    DisputeStatus Status,
    DisputeOutcome? Outcome,
    MoneyView Refunded,
    RefundView? Refund,
    PendingOfferView? PendingOffer,
    string? MediatorId,
    IReadOnlyList<DeadlineView> Deadlines,
    AllowedActionsView AllowedActions,
    EvidenceRequestView? EvidenceRequest,
    IReadOnlyList<EvidenceChecklistItem> EvidenceChecklist);

// The mediator's open request: from whom, what, and per kind asked for whether it has been given.
public sealed record EvidenceRequestView(Party From, string Description, Instant RequestedAt, IReadOnlyList<RequestedEvidence> Required);

public sealed record PendingOfferView(OfferKind Kind, MoneyView RefundAmount, Instant MadeAt);

public sealed record DeadlineView(DeadlineKind Kind, Instant DueAt, string Rule, string Consequence);

public sealed record ActionView(DisputeAction Action, Instant? Until)
{
    public static ActionView From(ActionOption option) => new(option.Action, option.Until);
}

public sealed record AllowedActionsView(
    IReadOnlyList<ActionView> Buyer,
    IReadOnlyList<ActionView> Seller,
    IReadOnlyList<ActionView> Mediator,
    IReadOnlyList<ActionView> Platform);
