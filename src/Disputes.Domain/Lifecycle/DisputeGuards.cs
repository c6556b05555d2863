using NodaTime;

namespace Disputes.Domain;

// Every guard of the lifecycle for one dispute at one instant. Side-effect free: they only read the state. Each is
// built once per machine: the table names the same guard on many rows, and a machine is built for every question.
internal sealed class DisputeGuards(Dispute? dispute, Instant now, DisputePolicy policy)
{
    public Dispute D => field ??= dispute ?? new Dispute();

    public Guard Buyer => field ??= new("actor is the buyer of this dispute", RefusalKind.WrongActor,
        a => D.PartyOf(a) == Party.Buyer);

    public Guard Seller => field ??= new("actor is the seller of this dispute", RefusalKind.WrongActor,
        a => D.PartyOf(a) == Party.Seller);

    public Guard EitherParty => field ??= new("actor is the buyer or the seller of this dispute", RefusalKind.WrongActor,
        a => D.PartyOf(a) is not null);

    public Guard PartyOrAssignedMediator => field ??= new("actor is a party or the assigned mediator", RefusalKind.WrongActor,
        a => EitherParty.Check(a) || AssignedMediator.Check(a));

    public Guard RequestedParty => field ??= new("actor is the party asked for evidence", RefusalKind.WrongActor,
        a => D.EvidenceRequest is { } request && D.PartyOf(a) == request.From);

    public Guard NotRequestedParty => field ??= new("actor is not the party asked for evidence", RefusalKind.WrongActor,
        a => !RequestedParty.Check(a));

    public Guard EligibleMediator => field ??= new("actor is a mediator who has not decided this case before", RefusalKind.WrongActor,
        a => a.Kind == ActorKind.Mediator && !D.ExcludedMediators.Contains(a.Id));

    public Guard AssignedMediator => field ??= new("actor is the assigned mediator", RefusalKind.WrongActor,
        a => a.Kind == ActorKind.Mediator && a.Id == D.MediatorId);

    public Guard MediatorOrPlatform => field ??= new("actor is a mediator or the platform", RefusalKind.WrongActor,
        a => a.Kind is ActorKind.Mediator or ActorKind.Platform);

    // Assigning: a mediator or an admin by hand, or the engine's auto-assignment.
    public Guard Assigner => field ??= new("actor is a mediator, the platform or the engine (auto-assignment)", RefusalKind.WrongActor,
        a => a.Kind is ActorKind.Mediator or ActorKind.Platform or ActorKind.System);

    public Guard Platform => field ??= new("actor is the platform", RefusalKind.WrongActor,
        a => a.Kind == ActorKind.Platform);

    // Clocks are the engine's alone: no party, and not the platform either, can make a deadline pass.
    public Guard System => field ??= new("actor is the engine (a clock ran out)", RefusalKind.WrongActor,
        a => a.Kind == ActorKind.System);

    public Guard BuyerOrPlatform => field ??= new("actor is the buyer or the platform", RefusalKind.WrongActor,
        a => Buyer.Check(a) || Platform.Check(a));

    public Guard Before(DeadlineKind kind) => before.TryGetValue(kind, out var guard) ? guard : before[kind] = new(
        $"before the {DeadlineRules.Of(kind).Label} deadline", RefusalKind.DeadlinePassed,
        _ => !D.Deadlines.TryGetValue(kind, out var deadline) || now < deadline.DueAt);

    private readonly Dictionary<DeadlineKind, Guard> before = [];

    public Guard EvidenceBelowLimit => field ??= new($"fewer than {policy.MaxEvidenceItems} evidence items", RefusalKind.LimitReached,
        _ => D.EvidenceCount < policy.MaxEvidenceItems);

    public Guard NoEarlierAppeal => field ??= new("the dispute has not been appealed before", RefusalKind.LimitReached,
        _ => !D.Appealed);

    // Not a clock: a closed dispute runs none, and a rating window that ran out changes nothing worth an event.
    public Guard RatingWindowOpen => field ??= new("within the rating window after the close", RefusalKind.DeadlinePassed,
        _ => D.ClosedAt is { } closedAt && now < closedAt + policy.RatingWindow);

    public Guard NotRatedYet => field ??= new("the party has not rated this dispute yet", RefusalKind.LimitReached,
        a => D.PartyOf(a) is not { } party || D.Ratings.All(r => r.Party != party));

    public Guard RemedyIsReturn => field ??= Condition("the buyer asked for a return and refund",
        () => D.RequestedRemedy == Remedy.ReturnAndRefund);

    public Guard RemedyIsRefund => field ??= Condition("the buyer asked for a refund without return",
        () => D.RequestedRemedy != Remedy.ReturnAndRefund);

    public Guard OfferIsReturn => field ??= Condition("the offer is a return and refund",
        () => D.PendingOffer?.Kind == OfferKind.ReturnAndRefund);

    public Guard OfferIsRefund => field ??= Condition("the offer is a refund without return",
        () => D.PendingOffer?.Kind.IsRefundNow() == true);

    public Guard OfferIsGoods => field ??= Condition("the offer is a replacement or repair",
        () => D.PendingOffer?.Kind.MovesGoods() == true);

    public Guard ProposalsLeft => field ??= new($"fewer than {policy.MaxProposals} proposals made", RefusalKind.LimitReached,
        _ => D.Proposals < policy.MaxProposals);

    // Once the proposals are used up nothing is left to negotiate, whatever the policy says of rejections.
    public Guard RejectionEscalates => field ??= Condition("policy: a rejection escalates, or no proposal is left",
        () => policy.RejectionEscalates || D.Proposals >= policy.MaxProposals);

    public Guard RejectionReopensTalks => field ??= Condition("policy: the parties may propose again after a rejection",
        () => !policy.RejectionEscalates && D.Proposals < policy.MaxProposals);

    public Guard SellerOrPlatform => field ??= new("actor is the seller of this dispute or the platform", RefusalKind.WrongActor,
        a => Seller.Check(a) || Platform.Check(a));

    public Guard ProtectionExtensible => field ??= Condition("policy: buyer protection may be extended",
        () => policy.MaxProtectionExtension > Duration.Zero);

    public Guard ClockOwner => field ??= new("actor is the party whose answer a running clock awaits", RefusalKind.WrongActor,
        a => D.PartyOf(a) is { } party && DeadlineRules.All.Any(r => D.Deadlines.ContainsKey(r.Kind) && r.Owner(D) == party));

    public Guard NoPendingExtension => field ??= Condition("no extension request is pending",
        () => D.PendingExtension is null);

    public Guard ExtensionPending => field ??= Condition("an extension request is pending",
        () => D.PendingExtension is not null);

    public Guard ExtensionsLeft => field ??= new($"fewer than {policy.MaxExtensions} extensions requested", RefusalKind.LimitReached,
        _ => D.ExtensionRequests < policy.MaxExtensions);

    // The other side answers for itself; a mediator may answer for the platform (the assigned one, once there is one).
    public Guard ExtensionAnswerer => field ??= new("actor is the other party or a mediator", RefusalKind.WrongActor,
        a => (D.PendingExtension is { } request && D.PartyOf(a) is { } party && party != request.RequestedBy)
            || (a.Kind == ActorKind.Mediator && (D.MediatorId is null || a.Id == D.MediatorId)));

    public Guard SilenceRefunds => field ??= Condition("policy: seller silence refunds the buyer",
        () => policy.OnSellerSilence == SellerSilenceConsequence.RefundBuyer);

    public Guard SilenceEscalates => field ??= Condition("policy: seller silence escalates",
        () => policy.OnSellerSilence == SellerSilenceConsequence.Escalate);

    public Guard DecisionIs(string description, DecisionKind[] kinds) => Condition(description,
        () => D.Decision is { } decision && kinds.Contains(decision.Kind));

    public Guard NotAppealed => field ??= Condition("the dispute has not been appealed", () => !D.Appealed);

    public Guard Appealed => field ??= Condition("the dispute was appealed", () => D.Appealed);

    public Guard DecisionOpenToAppeal => field ??= Condition("the decision is open to appeal",
        () => D.Decision is { Final: false });

    private static Guard Condition(string description, Func<bool> check) =>
        new(description, RefusalKind.NotAllowedInState, _ => check());
}
