using NodaTime;
using static Disputes.Domain.Tests.Cast;

namespace Disputes.Domain.Tests;

// A valid command of each kind, by its natural actor; specs override what they test with `with`.
public static class Commands
{
    public static OpenDispute Open(Remedy remedy = Remedy.FullRefund, Money? refund = null) => new(
        DisputeId, "order-1", Buyer.Id, Seller.Id, DisputeReason.NotAsDescribed, "Wrong size.", Paid, remedy,
        refund ?? (remedy == Remedy.PartialRefund ? Eur(4_000) : null), ProtectionEnds, Buyer);

    public static AcceptClaim AcceptClaim() => new(DisputeId, Seller);
    public static MakeOffer Offer(OfferKind kind = OfferKind.PartialRefund, long cents = 3_000) => new(DisputeId, kind, Eur(cents), "Keep it, take 30.", Seller);
    public static RejectClaim Reject() => new(DisputeId, "Item was as described.", [Evidence(1)], Seller);
    public static AcceptOffer AcceptOffer() => new(DisputeId, Buyer);
    public static RejectOffer RejectOffer() => new(DisputeId, "Too little.", Buyer);
    public static PostMessage Message(Actor? by = null) => new(DisputeId, Guid.Parse("0193a1b2-0000-7000-8000-00000000aaaa"), "Hello.", by ?? Buyer);
    public static AddEvidence AddEvidence(Actor? by = null, int n = 7) => new(DisputeId, Evidence(n), by ?? Buyer);
    public static Escalate Escalate(Actor? by = null) => new(DisputeId, "We cannot agree.", by ?? Seller);
    public static ClaimCase Claim(Actor? by = null) => new(DisputeId, by ?? Mediator);
    public static AssignCase Assign(string mediatorId = "mediator-1", Actor? by = null) => new(DisputeId, mediatorId, by ?? Platform);
    public static ReleaseCase Release(Actor? by = null) => new(DisputeId, "Going on leave.", by ?? Mediator);
    public static RequestEvidence RequestEvidence(Party from = Party.Seller) => new(DisputeId, from, "Proof of shipment, please.", Mediator);
    public static RecordDecision Decide(DecisionKind kind = DecisionKind.FullRefund, Money? amount = null, Actor? by = null) =>
        new(DisputeId, kind, amount, "The photos show the wrong size.", by ?? Mediator);
    public static AppealDecision Appeal(Actor? by = null) => new(DisputeId, "The mediator ignored my evidence.", by ?? Seller);
    public static ShipReturn Ship() => new(DisputeId, "DHL", "JD014600003SE", Buyer);
    public static MarkReturnDelivered Delivered(Actor? by = null) => new(DisputeId, by ?? Platform);
    public static ConfirmReturnReceived ConfirmReceived() => new(DisputeId, Seller);
    public static ReportReturnProblem ReturnProblem() => new(DisputeId, "The box was empty.", Seller);
    public static ReportRefundSucceeded RefundSucceeded(int attempt = 1) => new(DisputeId, attempt, $"pay-{attempt}", Platform);
    public static ReportRefundFailed RefundFailed(int attempt = 1) => new(DisputeId, attempt, "Card expired.", Platform);
    public static RetryRefund Retry(Actor? by = null) => new(DisputeId, by ?? Platform);
    public static WithdrawDispute Withdraw() => new(DisputeId, "Parcel arrived after all.", Buyer);
    public static ExpireDeadline Expire(DeadlineKind kind, Instant due) => new(DisputeId, kind, due, Engine);

    // The canonical command for each client action, as used by the state × action matrix.
    public static IDisputeCommand For(DisputeAction action) => action switch
    {
        DisputeAction.Open => Open(),
        DisputeAction.AcceptClaim => AcceptClaim(),
        DisputeAction.MakeOffer => Offer(),
        DisputeAction.RejectClaim => Reject(),
        DisputeAction.AcceptOffer => AcceptOffer(),
        DisputeAction.RejectOffer => RejectOffer(),
        DisputeAction.PostMessage => Message(),
        DisputeAction.AddEvidence => AddEvidence(),
        DisputeAction.Escalate => Escalate(),
        DisputeAction.ClaimCase => Claim(),
        DisputeAction.AssignCase => Assign(),
        DisputeAction.ReleaseCase => Release(),
        DisputeAction.RequestEvidence => RequestEvidence(),
        DisputeAction.RecordDecision => Decide(),
        DisputeAction.Appeal => Appeal(),
        DisputeAction.ShipReturn => Ship(),
        DisputeAction.MarkReturnDelivered => Delivered(),
        DisputeAction.ConfirmReturnReceived => ConfirmReceived(),
        DisputeAction.ReportReturnProblem => ReturnProblem(),
        DisputeAction.ReportRefundSucceeded => RefundSucceeded(),
        DisputeAction.ReportRefundFailed => RefundFailed(),
        DisputeAction.RetryRefund => Retry(),
        DisputeAction.Withdraw => Withdraw(),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "clock actions come through ExpireDeadline"),
    };

    public static Instant Hours(double hours) => Start + Duration.FromHours(hours);
}
