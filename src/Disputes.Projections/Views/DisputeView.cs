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
    IReadOnlyList<EvidenceChecklistItem> EvidenceChecklist,
    int Proposals = 0,
    ReturnView? Return = null,
    ReplacementProgress? Replacement = null,
    ExtensionRequestView? PendingExtension = null,
    EarlierDispute? Reopens = null,
    string? ReopenReason = null,
    IReadOnlyList<ResolutionRating>? Ratings = null,
    string Language = "en");

// The mediator's open request: from whom, what, and per kind asked for whether it has been given.
public sealed record EvidenceRequestView(Party From, string Description, Instant RequestedAt, IReadOnlyList<RequestedEvidence> Required);

// ProposedBy says who answers it: the buyer for the seller's and the platform's, the seller for the buyer's counter-offer.
public sealed record PendingOfferView(OfferKind Kind, MoneyView RefundAmount, Instant MadeAt, ActorKind ProposedBy = ActorKind.Seller, ReturnTerms? Terms = null);

public sealed record ReturnView(
    MoneyView RefundAmount, Instant AuthorisedAt, ReturnTerms? Terms, string? Carrier, string? TrackingNumber, Instant? ShippedAt,
    Instant? DeliveredAt, ReceiptOutcome? Receipt)
{
    public static ReturnView From(ReturnProgress r) =>
        new(MoneyView.From(r.RefundAmount), r.AuthorisedAt, r.Terms, r.Carrier, r.TrackingNumber, r.ShippedAt, r.DeliveredAt, r.Receipt);
}

public sealed record ExtensionRequestView(
    DeadlineKind Clock, [property: System.Text.Json.Serialization.JsonConverter(typeof(IsoDurationConverter))] Duration Length,
    string Reason, Party RequestedBy, Instant RequestedAt);

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
