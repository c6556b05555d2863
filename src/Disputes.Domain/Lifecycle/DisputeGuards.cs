using NodaTime;

namespace Disputes.Domain;

// Every guard of the lifecycle for one dispute at one instant. Side-effect free: they only read the state.
internal sealed class DisputeGuards(Dispute? dispute, Instant now, DisputePolicy policy)
{
    public Dispute D => dispute ?? new Dispute();

    public Guard Buyer => new("actor is the buyer of this dispute", RefusalKind.WrongActor,
        a => D.PartyOf(a) == Party.Buyer);

    public Guard Seller => new("actor is the seller of this dispute", RefusalKind.WrongActor,
        a => D.PartyOf(a) == Party.Seller);

    public Guard EitherParty => new("actor is the buyer or the seller of this dispute", RefusalKind.WrongActor,
        a => D.PartyOf(a) is not null);

    public Guard PartyOrAssignedMediator => new("actor is a party or the assigned mediator", RefusalKind.WrongActor,
        a => EitherParty.Check(a) || AssignedMediator.Check(a));

    public Guard RequestedParty => new("actor is the party asked for evidence", RefusalKind.WrongActor,
        a => D.EvidenceRequest is { } request && D.PartyOf(a) == request.From);

    public Guard NotRequestedParty => new("actor is not the party asked for evidence", RefusalKind.WrongActor,
        a => !RequestedParty.Check(a));

    public Guard EligibleMediator => new("actor is a mediator who has not decided this case before", RefusalKind.WrongActor,
        a => a.Kind == ActorKind.Mediator && !D.ExcludedMediators.Contains(a.Id));

    public Guard AssignedMediator => new("actor is the assigned mediator", RefusalKind.WrongActor,
        a => a.Kind == ActorKind.Mediator && a.Id == D.MediatorId);

    public Guard MediatorOrPlatform => new("actor is a mediator or the platform", RefusalKind.WrongActor,
        a => a.Kind is ActorKind.Mediator or ActorKind.Platform);

    // Assigning: a mediator or an admin by hand, or the engine's auto-assignment.
    public Guard Assigner => new("actor is a mediator, the platform or the engine (auto-assignment)", RefusalKind.WrongActor,
        a => a.Kind is ActorKind.Mediator or ActorKind.Platform or ActorKind.System);

    public Guard Platform => new("actor is the platform", RefusalKind.WrongActor,
        a => a.Kind == ActorKind.Platform);

    // Clocks are the engine's alone: no party, and not the platform either, can make a deadline pass.
    public Guard System => new("actor is the engine (a clock ran out)", RefusalKind.WrongActor,
        a => a.Kind == ActorKind.System);

    public Guard BuyerOrPlatform => new("actor is the buyer or the platform", RefusalKind.WrongActor,
        a => Buyer.Check(a) || Platform.Check(a));

    public Guard Before(DeadlineKind kind) => new($"before the {DeadlineRules.Of(kind).Label} deadline", RefusalKind.DeadlinePassed,
        _ => !D.Deadlines.TryGetValue(kind, out var deadline) || now < deadline.DueAt);

    public Guard EvidenceBelowLimit => new($"fewer than {policy.MaxEvidenceItems} evidence items", RefusalKind.LimitReached,
        _ => D.EvidenceCount < policy.MaxEvidenceItems);

    public Guard NoEarlierAppeal => new("the dispute has not been appealed before", RefusalKind.LimitReached,
        _ => !D.Appealed);

    // Not a clock: a closed dispute runs none, and a rating window that ran out changes nothing worth an event.
    public Guard RatingWindowOpen => new("within the rating window after the close", RefusalKind.DeadlinePassed,
        _ => D.ClosedAt is { } closedAt && now < closedAt + policy.RatingWindow);

    public Guard NotRatedYet => new("the party has not rated this dispute yet", RefusalKind.LimitReached,
        a => D.PartyOf(a) is not { } party || D.Ratings.All(r => r.Party != party));

    public Guard RemedyIsReturn => Condition("the buyer asked for a return and refund",
        () => D.RequestedRemedy == Remedy.ReturnAndRefund);

    public Guard RemedyIsRefund => Condition("the buyer asked for a refund without return",
        () => D.RequestedRemedy != Remedy.ReturnAndRefund);

    public Guard OfferIsReturn => Condition("the offer is a return and refund",
        () => D.PendingOffer?.Kind == OfferKind.ReturnAndRefund);

    public Guard OfferIsRefund => Condition("the offer is a refund without return",
        () => D.PendingOffer?.Kind.IsRefundNow() == true);

    public Guard OfferIsGoods => Condition("the offer is a replacement or repair",
        () => D.PendingOffer?.Kind.MovesGoods() == true);

    public Guard ProposalsLeft => new($"fewer than {policy.MaxProposals} proposals made", RefusalKind.LimitReached,
        _ => D.Proposals < policy.MaxProposals);

    // Once the proposals are used up nothing is left to negotiate, whatever the policy says of rejections.
    public Guard RejectionEscalates => Condition("policy: a rejection escalates, or no proposal is left",
        () => policy.RejectionEscalates || D.Proposals >= policy.MaxProposals);

    public Guard RejectionReopensTalks => Condition("policy: the parties may propose again after a rejection",
        () => !policy.RejectionEscalates && D.Proposals < policy.MaxProposals);

    public Guard SellerOrPlatform => new("actor is the seller of this dispute or the platform", RefusalKind.WrongActor,
        a => Seller.Check(a) || Platform.Check(a));

    public Guard ProtectionExtensible => Condition("policy: buyer protection may be extended",
        () => policy.MaxProtectionExtension > Duration.Zero);

    public Guard ClockOwner => new("actor is the party whose answer a running clock awaits", RefusalKind.WrongActor,
        a => D.PartyOf(a) is { } party && DeadlineRules.All.Any(r => D.Deadlines.ContainsKey(r.Kind) && r.Owner(D) == party));

    public Guard NoPendingExtension => Condition("no extension request is pending",
        () => D.PendingExtension is null);

    public Guard ExtensionPending => Condition("an extension request is pending",
        () => D.PendingExtension is not null);

    public Guard ExtensionsLeft => new($"fewer than {policy.MaxExtensions} extensions requested", RefusalKind.LimitReached,
        _ => D.ExtensionRequests < policy.MaxExtensions);

    // The other side answers for itself; a mediator may answer for the platform (the assigned one, once there is one).
    public Guard ExtensionAnswerer => new("actor is the other party or a mediator", RefusalKind.WrongActor,
        a => (D.PendingExtension is { } request && D.PartyOf(a) is { } party && party != request.RequestedBy)
            || (a.Kind == ActorKind.Mediator && (D.MediatorId is null || a.Id == D.MediatorId)));

    public Guard SilenceRefunds => Condition("policy: seller silence refunds the buyer",
        () => policy.OnSellerSilence == SellerSilenceConsequence.RefundBuyer);

    public Guard SilenceEscalates => Condition("policy: seller silence escalates",
        () => policy.OnSellerSilence == SellerSilenceConsequence.Escalate);

    public Guard DecisionIs(string description, DecisionKind[] kinds) => Condition(description,
        () => D.Decision is { } decision && kinds.Contains(decision.Kind));

    public Guard NotAppealed => Condition("the dispute has not been appealed", () => !D.Appealed);

    public Guard Appealed => Condition("the dispute was appealed", () => D.Appealed);

    public Guard DecisionOpenToAppeal => Condition("the decision is open to appeal",
        () => D.Decision is { Final: false });

    private static Guard Condition(string description, Func<bool> check) =>
        new(description, RefusalKind.NotAllowedInState, _ => check());
}
