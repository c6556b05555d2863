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
    public static ReassignCase Reassign(string? to = "mediator-2", Actor? by = null) => new(DisputeId, to, "Mediator on leave.", by ?? Platform);
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
    public static CounterOffer Counter(OfferKind kind = OfferKind.PartialRefund, long cents = 6_000) => new(DisputeId, kind, Eur(cents), "Meet me at 60.", Buyer);
    public static ProposeSolution Propose(OfferKind kind = OfferKind.PartialRefund, long cents = 5_000) => new(DisputeId, kind, Eur(cents), "Half each, per marketplace policy.", Platform);
    public static MakeOffer Replacement(OfferKind kind = OfferKind.Replacement) => new(DisputeId, kind, default, "A new one in the right size.", Seller);
    public static ReturnTerms Terms() => new("Seller Ltd, 1 Dock Road, Riga", Party.Seller, "label-77");
    public static RecordReturnReceipt Receipt(ReceiptOutcome outcome = ReceiptOutcome.AsDescribed) => new(DisputeId, outcome, "Opened on camera.", Seller);
    public static ShipReplacement ShipReplacement() => new(DisputeId, "UPS", "1Z999AA10123456784", Seller);
    public static ConfirmReplacementReceived ReplacementReceived() => new(DisputeId, Buyer);
    public static ReportReplacementProblem ReplacementProblem() => new(DisputeId, "Same defect again.", Buyer);
    public static RequestExtension AskForTime(DeadlineKind kind = DeadlineKind.SellerResponse, Actor? by = null, int days = 3) =>
        new(DisputeId, kind, Duration.FromDays(days), "Stock arrives on Monday.", by ?? Seller);
    public static GrantExtension GrantTime(Actor? by = null) => new(DisputeId, by ?? Buyer);
    public static RefuseExtension RefuseTime(Actor? by = null) => new(DisputeId, "No, I need this settled.", by ?? Buyer);
    public static ExtendProtection ExtendProtection(Actor? by = null, int days = 15) =>
        new(DisputeId, ProtectionEnds + Duration.FromDays(days), "The parcel is still on its way.", by ?? Seller);
    public static RateResolution Rate(int score = 4, Actor? by = null, string? comment = "Fair outcome, slow start.") => new(DisputeId, score, comment, by ?? Buyer);
    // The opening's description ("Wrong size.") is the first text of every story, at version 1.
    public static TranslateText Translate(string to = "ru", string translation = "Не тот размер.", Actor? by = null, long version = 1, string? sha256 = null, string? engine = "mt-engine") =>
        new(DisputeId, version, LanguageTag.TryParse(to, out var tag) ? tag : default, translation, sha256 ?? Sha256Text.Of("Wrong size."), engine, by ?? Mediator);
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
        DisputeAction.ReassignCase => Reassign(),
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
        DisputeAction.CounterOffer => Counter(),
        DisputeAction.ProposeSolution => Propose(),
        DisputeAction.RecordReturnReceipt => Receipt(),
        DisputeAction.ShipReplacement => ShipReplacement(),
        DisputeAction.ConfirmReplacementReceived => ReplacementReceived(),
        DisputeAction.ReportReplacementProblem => ReplacementProblem(),
        DisputeAction.RequestExtension => AskForTime(),
        // A mediator may answer any request, so in the matrix only the missing request refuses these.
        DisputeAction.GrantExtension => GrantTime(Mediator),
        DisputeAction.RefuseExtension => RefuseTime(Mediator),
        DisputeAction.ExtendProtection => ExtendProtection(),
        DisputeAction.RateResolution => Rate(),
        DisputeAction.TranslateText => Translate(),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "clock actions come through ExpireDeadline"),
    };

    // The natural command in a given state where the actor depends on it: the party a proposal waits on answers it,
    // and the party whose clock runs asks for more time on it.
    public static IDisputeCommand For(DisputeAction action, Dispute? d) => (action, d) switch
    {
        // The seller revising its offer on the table: the same offer again would be a repeat.
        (DisputeAction.MakeOffer, { PendingOffer.ProposedBy: ActorKind.Seller }) => Offer(cents: 3_500),
        (DisputeAction.AcceptOffer, { PendingOffer.ProposedBy: ActorKind.Buyer }) => AcceptOffer() with { By = Seller },
        (DisputeAction.RejectOffer, { PendingOffer.ProposedBy: ActorKind.Buyer }) => RejectOffer() with { By = Seller },
        (DisputeAction.RequestExtension, not null) when RunningClockOf(d) is { } clock => AskForTime(clock.Kind, clock.Owner == Party.Buyer ? Buyer : Seller),
        _ => For(action),
    };

    private static (DeadlineKind Kind, Party Owner)? RunningClockOf(Dispute d) =>
        DeadlineRules.All.Where(r => d.Deadlines.ContainsKey(r.Kind) && r.Owner(d) is not null)
            .Select(r => ((DeadlineKind, Party)?)(r.Kind, r.Owner(d)!.Value)).FirstOrDefault();

    public static Instant Hours(double hours) => Start + Duration.FromHours(hours);
}
