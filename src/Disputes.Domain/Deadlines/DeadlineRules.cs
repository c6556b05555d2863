using NodaTime;
using A = Disputes.Domain.DisputeAction;
using S = Disputes.Domain.DisputeStatus;

namespace Disputes.Domain;

// The clocks of the policy, one entry each: its rule name, trigger and label, which state runs it and from what, the
// actions it bounds, and what running out costs in words and in events. The decider's deadline diff, expiry, the
// machine's "before" guards, allowed-until and clock provenance all look a clock up here, so adding one is adding an
// entry: DeadlineRule's constructor takes every part, and DeadlineRulesTests hold the table to the enum, the machine
// and docs/rules.md. Entries rather than a switch per question, because a clock's parts change together.
public static class DeadlineRules
{
    public static IReadOnlyList<DeadlineRule> All { get; } =
    [
        new(DeadlineKind.SellerResponse, name: "seller-first-response", label: "seller response", trigger: A.SellerResponseDeadlinePassed,
            runs: d => d.Status == S.AwaitingSellerResponse,
            basis: (d, p) => new(d.OpenedAt, p.SellerResponse, false, "opened"),
            bounds: [A.AcceptClaim, A.MakeOffer, A.RejectClaim, A.Escalate],
            consequence: p => p.OnSellerSilence == SellerSilenceConsequence.RefundBuyer
                ? "the buyer is refunded in full"
                : "the dispute is escalated to mediation",
            expire: (d, c, now, p) => p.OnSellerSilence == SellerSilenceConsequence.RefundBuyer
                ? [Transitions.RequestRefund(d, d.Refundable, c.By, now)]
                : [new DisputeEscalated(d.Id, "The seller did not respond in time.", c.By, now)],
            owner: _ => Party.Seller),

        new(DeadlineKind.BuyerReplyToOffer, name: "buyer-reply-to-offer", label: "buyer reply", trigger: A.BuyerReplyDeadlinePassed,
            runs: d => d.Status == S.AwaitingBuyerReply,
            basis: (d, p) => d.PendingOffer is { } offer ? new(offer.MadeAt, p.BuyerReplyToOffer, false, "offer-made") : null,
            bounds: [A.AcceptOffer, A.RejectOffer, A.CounterOffer, A.MakeOffer, A.ProposeSolution, A.Escalate],
            consequence: _ => "the dispute is closed without a refund",
            expire: (d, c, now, _) => [new DisputeClosed(d.Id, DisputeOutcome.Expired, d.Refunded, c.By, now)],
            owner: _ => Party.Buyer),

        new(DeadlineKind.NegotiationLimit, name: "negotiation-without-resolution", label: "negotiation", trigger: A.NegotiationLimitReached,
            runs: d => d.Status.IsNegotiation(),
            basis: (d, p) => new(d.OpenedAt, p.NegotiationLimit, false, "opened"),
            bounds: [A.Escalate],
            consequence: _ => "the dispute is escalated to mediation",
            expire: (d, c, now, _) => [new DisputeEscalated(d.Id, "The parties did not resolve the dispute within the negotiation limit.", c.By, now)],
            owner: _ => null),

        new(DeadlineKind.EvidenceResponse, name: "party-answers-evidence-request", label: "evidence", trigger: A.EvidenceDeadlinePassed,
            runs: d => d.Status == S.AwaitingEvidence,
            basis: (d, p) => d.EvidenceRequest is { } request ? new(request.RequestedAt, p.EvidenceResponse, false, "evidence-requested") : null,
            bounds: [A.AddEvidence],
            consequence: _ => "the mediator may decide without the evidence",
            expire: (d, c, now, _) => [new EvidenceRequestLapsed(d.Id, d.EvidenceRequest!.From, c.By, now)],
            owner: d => d.EvidenceRequest?.From),

        // Working time in the mediation calendar; once flagged overdue the case stops running it.
        new(DeadlineKind.MediatorDecisionSla, name: "mediator-decision-sla", label: "mediator decision", trigger: A.MediatorSlaPassed,
            runs: d => d.Status.IsMediation() && !d.MediationOverdue,
            basis: (d, p) => d.EscalatedAt is { } escalated ? new(escalated, p.MediatorDecisionSla, true, "escalated") : null,
            bounds: [A.ClaimCase, A.AssignCase, A.RecordDecision],
            consequence: _ => "the case is flagged overdue in the mediator queue",
            expire: (d, c, now, _) => [new MediationSlaBreached(d.Id, c.DueAt, c.By, now)],
            owner: _ => null),

        new(DeadlineKind.ReturnShipment, name: "buyer-ships-return", label: "return shipment", trigger: A.ReturnShipmentDeadlinePassed,
            runs: d => d.Status == S.AwaitingReturnShipment,
            basis: (d, p) => d.Return is { } authorised ? new(authorised.AuthorisedAt, p.ReturnShipment, false, "return-authorised") : null,
            bounds: [A.ShipReturn],
            consequence: _ => "the dispute is closed in the seller's favour",
            expire: (d, c, now, _) => [new DisputeClosed(d.Id, DisputeOutcome.Expired, d.Refunded, c.By, now)],
            owner: _ => Party.Buyer),

        new(DeadlineKind.ReturnConfirmation, name: "seller-confirms-delivered-return", label: "return confirmation", trigger: A.ReturnConfirmationDeadlinePassed,
            runs: d => d.Status == S.ReturnDelivered,
            basis: (d, p) => d.Return?.DeliveredAt is { } delivered ? new(delivered, p.ReturnConfirmation, false, "return-delivered") : null,
            bounds: [A.ConfirmReturnReceived, A.ReportReturnProblem, A.RecordReturnReceipt],
            consequence: _ => "the buyer is refunded",
            expire: (d, c, now, _) => [Transitions.RequestRefund(d, d.Return!.RefundAmount, c.By, now)],
            owner: _ => Party.Seller),

        // The decision on an appeal is final at once and runs no window.
        new(DeadlineKind.AppealWindow, name: "appeal-window", label: "appeal", trigger: A.AppealWindowClosed,
            runs: d => d.Status == S.Decided && d.Decision is { Final: false },
            basis: (d, p) => d.Decision is { } decision ? new(decision.DecidedAt, p.AppealWindow, false, "decided") : null,
            bounds: [A.Appeal],
            consequence: _ => "the decision becomes final",
            expire: (d, c, now, _) =>
            [
                new DecisionFinalized(d.Id, d.Decision!.Kind, d.Decision.RefundAmount, c.By, now),
                .. Transitions.Execute(d, d.Decision.Kind, d.Decision.RefundAmount, c.By, now),
            ],
            owner: _ => null),

        new(DeadlineKind.SellerReplyToOffer, name: "seller-reply-to-counter-offer", label: "seller reply", trigger: A.SellerReplyDeadlinePassed,
            runs: d => d.Status == S.AwaitingSellerReply,
            basis: (d, p) => d.PendingOffer is { } offer ? new(offer.MadeAt, p.SellerReplyToOffer, false, "counter-offer-made") : null,
            bounds: [A.AcceptOffer, A.RejectOffer, A.MakeOffer],
            consequence: _ => "the dispute is escalated to mediation",
            expire: (d, c, now, _) => [new DisputeEscalated(d.Id, "The seller did not answer the buyer's counter-offer in time.", c.By, now)],
            owner: _ => Party.Seller),

        new(DeadlineKind.ReplacementShipment, name: "seller-ships-replacement", label: "replacement shipment", trigger: A.ReplacementShipmentDeadlinePassed,
            runs: d => d.Status == S.AwaitingReplacementShipment,
            basis: (d, p) => d.Replacement is { } agreed ? new(agreed.AuthorisedAt, p.ReplacementShipment, false, "replacement-authorised") : null,
            bounds: [A.ShipReplacement],
            consequence: _ => "the dispute is escalated to mediation",
            expire: (d, c, now, _) => [new DisputeEscalated(d.Id, "The seller did not ship the agreed replacement or repair in time.", c.By, now)],
            owner: _ => Party.Seller),

        // Silence after delivery is acceptance: the buyer had the item and the clock to object.
        new(DeadlineKind.ReplacementConfirmation, name: "buyer-confirms-replacement", label: "replacement confirmation", trigger: A.ReplacementConfirmationDeadlinePassed,
            runs: d => d.Status == S.ReplacementInTransit,
            basis: (d, p) => d.Replacement?.ShippedAt is { } shipped ? new(shipped, p.ReplacementConfirmation, false, "replacement-shipped") : null,
            bounds: [A.ConfirmReplacementReceived, A.ReportReplacementProblem],
            consequence: _ => "the dispute is closed as resolved",
            expire: (d, c, now, _) => [new DisputeClosed(d.Id, DisputeOutcome.Resolved, d.Refunded, c.By, now)],
            owner: _ => Party.Buyer),

        // The one clock of a closed dispute, and only of one whose files the engine holds: deleting them is the only
        // change a closed dispute still sees, so that it is recorded like every other consequence.
        new(DeadlineKind.EvidenceRetention, name: "evidence-retention", label: "evidence retention", trigger: A.EvidenceRetentionEnded,
            runs: d => d.Status == S.Closed && !d.FilesExpired && d.Evidence.Any(e => e.Held),
            basis: (d, p) => d.ClosedAt is { } closed ? new(closed, p.EvidenceRetention, false, "closed") : null,
            bounds: [],
            consequence: _ => "the evidence files the engine holds for the dispute are deleted",
            expire: (d, c, now, _) =>
                [new EvidenceFilesExpired(d.Id, [.. d.Evidence.Where(e => e.Held).Select(e => new CitedEvidence(e.EvidenceId, e.Sha256, Held: true))], c.By, now)],
            owner: _ => null),
    ];

    private static readonly Dictionary<DeadlineKind, DeadlineRule> ByKind = All.ToDictionary(r => r.Kind);
    private static readonly HashSet<DisputeAction> Triggers = [.. All.Select(r => r.Trigger)];
    private static readonly ILookup<DisputeAction, DeadlineKind> Bounding =
        All.SelectMany(r => r.Bounds.Select(action => (Action: action, r.Kind))).ToLookup(b => b.Action, b => b.Kind);

    public static DeadlineRule Of(DeadlineKind kind) =>
        ByKind.TryGetValue(kind, out var rule) ? rule : throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such clock.");

    // Clock triggers are fired by the deadline scheduler through ExpireDeadline, never asked for by a client.
    public static bool IsClock(this DisputeAction action) => Triggers.Contains(action);

    public static IEnumerable<DeadlineKind> BoundingClocks(DisputeAction action) => Bounding[action];

    // Which clocks a state runs and when each falls due: a pure function of the state, so the decider can diff
    // "running" against "required" after every transition and never forget to cancel one.
    public static IReadOnlyList<Deadline> Required(Dispute dispute, DisputePolicy policy)
    {
        var required = new List<Deadline>(3);
        foreach (var rule in All)
            if (rule.Runs(dispute) && BasisOf(rule, dispute, policy) is { } basis)
                required.Add(new Deadline(rule.Kind, basis.DueAt(policy), rule.Name, policy.Version));
        return required;
    }

    // The policy's basis plus the extensions granted on this run of the clock: an extension moves the due instant
    // through the same diff as any transition, so the move is a DeadlineCancelled and a DeadlineScheduled on record.
    public static ClockBasis? BasisOf(DeadlineRule rule, Dispute dispute, DisputePolicy policy)
    {
        if (rule.Basis(dispute, policy) is not { } basis)
            return null;
        var extended = dispute.Extensions.Where(e => e.Kind == rule.Kind && e.ClockFrom == basis.From)
            .Aggregate(Duration.Zero, (sum, e) => sum + e.Length);
        return basis with { Extended = extended };
    }
}
