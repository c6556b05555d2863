using NodaTime;
using Stateless;
using A = Disputes.Domain.DisputeAction;
using S = Disputes.Domain.DisputeStatus;

namespace Disputes.Domain;

// The transition table of the lifecycle: which action is permitted in which state, for whom and until when.
// Built afresh from a dispute's current state for every question and never fired in production code:
// state lives in the events, and the machine has no entry/exit actions (they would not run on replay).
public sealed class DisputeMachine
{
    private readonly StateMachine<S, A> machine;
    private readonly IReadOnlyDictionary<A, StateMachine<S, A>.TriggerWithParameters<Actor>> triggers;
    private readonly List<Branch> registered = [];

    private static readonly A[] Actions = Enum.GetValues<A>();

    // A trigger's parameter types are all the machine keeps of it, so one set serves every machine that answers a
    // question; registering them anew cost each machine a third of its allocations. The whole table (the diagram)
    // registers its own, so that the drawn machine knows its triggers' parameters.
    private static readonly Dictionary<A, StateMachine<S, A>.TriggerWithParameters<Actor>> SharedTriggers =
        Actions.ToDictionary(a => a, a => new StateMachine<S, A>.TriggerWithParameters<Actor>(a));

    // Only the current state's rows, unless the whole table is wanted (the diagram): every question is about the
    // current state (no substates, never fired), and configuring all of them cost ~115 KB and ~50 µs per machine,
    // three machines per command (bench micro, docs/PERFORMANCE.md).
    private readonly S? only;
    private readonly DisputeGuards guards;

    private DisputeMachine(Dispute? dispute, Instant now, DisputePolicy policy, bool wholeTable = false)
    {
        only = wholeTable ? null : dispute?.Status ?? S.None;
        machine = new StateMachine<S, A>(dispute?.Status ?? S.None);
        triggers = wholeTable ? Actions.ToDictionary(a => a, a => machine.SetTriggerParameters<Actor>(a)) : SharedTriggers;
        guards = new DisputeGuards(dispute, now, policy);
        Configure(guards);
    }

    public static DisputeMachine For(Dispute? dispute, Instant now, DisputePolicy policy) => new(dispute, now, policy);

    // The shape of the lifecycle, for docs/lifecycle.md; guards print as their descriptions.
    public static string MermaidDiagram() =>
        Stateless.Graph.MermaidGraph.Format(new DisputeMachine(null, Instant.MinValue, DisputePolicy.Default, wholeTable: true).machine.GetInfo());

    // The whole table as data, for clients that draw the lifecycle themselves: one row per guarded branch, and one
    // per destination of a branch the command chooses (its criterion last among the guards).
    public static IReadOnlyList<LifecycleTransition> Table() =>
        new DisputeMachine(null, Instant.MinValue, DisputePolicy.Default, wholeTable: true).machine.GetInfo().States
            .SelectMany(state => state.FixedTransitions.Select(t => new LifecycleTransition(
                    (S)state.UnderlyingState, (A)t.Trigger.UnderlyingTrigger, (S)t.DestinationState.UnderlyingState,
                    t.GuardConditionsMethodDescriptions.Select(g => g.Description).ToList()))
                .Concat(state.DynamicTransitions.SelectMany(t => t.PossibleDestinationStates.Select(to => new LifecycleTransition(
                    (S)state.UnderlyingState, (A)t.Trigger.UnderlyingTrigger, Enum.Parse<S>(to.DestinationState),
                    [.. t.GuardConditionsMethodDescriptions.Select(g => g.Description), to.Criterion])))))
            .ToList();

    public Permission Check(A action, Actor actor)
    {
        if (machine.CanFire(triggers[action], actor))
            return Permission.Granted;

        // Stateless says no and flattens the unmet guards of every branch; to say *why* we need the branch
        // meant for this actor: refused as the wrong actor only when no branch accepts them at all.
        var branches = registered.Where(r => r.From == machine.State && r.Action == action).ToList();
        if (branches.Count == 0)
            return new Permission(false, RefusalKind.NotAllowedInState, $"{action} is not possible while the dispute is {machine.State}.");

        var unmet = branches
            .Select(b => b.Guards.Where(g => !g.Check(actor)).ToList())
            .OrderBy(failed => failed.Count(g => g.Kind == RefusalKind.WrongActor))
            .ThenBy(failed => failed.Count)
            .First();
        var reason = unmet.OrderBy(g => Severity(g.Kind)).First();
        return new Permission(false, reason.Kind, $"{action} requires: {reason.Description}.");
    }

    // Where the table says a command leads from the current state: the destination of the one branch whose guards
    // all hold, null when none does. The evolver decides the real status; a property test holds the two equal.
    public S? Destination(IDisputeCommand command) =>
        registered.Where(r => r.From == machine.State && r.Action == command.Action && r.Guards.All(g => g.Check(command.By)))
            .Select(r => r.To(command)).SingleOrDefault();

    // Only the actions the table has a row for in this state can be permitted; the machine asks each one's guards.
    public IReadOnlyList<A> PermittedFor(Actor actor) =>
        Actions.Where(a => !a.IsClock() && a != A.TranslateText && Rows.Contains(a) && machine.CanFire(triggers[a], actor)).ToList();

    private HashSet<A> Rows => field ??= [.. registered.Where(r => r.From == machine.State).Select(r => r.Action)];

    // The statuses a rule spans, of those this machine configures: only its own, unless it draws the whole table.
    private IEnumerable<S> Statuses(Func<S, bool> spanned) =>
        only is { } status ? (spanned(status) ? [status] : []) : Enum.GetValues<S>().Where(spanned);

    private static int Severity(RefusalKind kind) => kind switch
    {
        RefusalKind.WrongActor => 0,
        RefusalKind.DeadlinePassed => 1,
        RefusalKind.LimitReached => 2,
        _ => 3,
    };

    private void Permit(S from, A action, S to, params Guard[] guards)
    {
        if (only is null || only == from)
            machine.Configure(from).PermitIf(triggers[action], to, Register(from, action, _ => to, guards));
    }

    private void Allow(S within, A action, params Guard[] guards)
    {
        if (only is null || only == within)
            machine.Configure(within).PermitReentryIf(triggers[action], Register(within, action, _ => within, guards));
    }

    // A branch whose destination the command's payload chooses, drawn as a choice node. Stateless would call the
    // selector only when fired, which this machine never is; Destination picks the choice instead.
    private void PermitChoice(S from, A action, Choice[] choices, params Guard[] guards)
    {
        if (only is null || only == from)
            machine.Configure(from).PermitDynamicIf(triggers[action],
                _ => throw new InvalidOperationException("The lifecycle machine is never fired."),
                Drawn(choices),
                Register(from, action, command => choices.SingleOrDefault(c => c.Chosen(command))?.To, guards));
    }

    private static Stateless.Reflection.DynamicStateInfos Drawn(Choice[] choices)
    {
        var drawn = new Stateless.Reflection.DynamicStateInfos();
        foreach (var choice in choices)
            drawn.Add(choice.To.ToString(), choice.When);
        return drawn;
    }

    private Tuple<Func<Actor, bool>, string>[] Register(S from, A action, Func<IDisputeCommand, S?> to, Guard[] guards)
    {
        registered.Add(new Branch(from, action, guards, to));
        return guards.Select(g => g.ForStateless()).ToArray();
    }

    private sealed record Branch(S From, A Action, Guard[] Guards, Func<IDisputeCommand, S?> To);

    private sealed record Choice(S To, string When, Func<IDisputeCommand, bool> Chosen);

    // Where a mediator's decision leads once carried out: when the appeal window closes, or at once on an appeal.
    private static readonly (DecisionKind[] Kinds, S To, string When)[] CarriedOut =
    [
        ([DecisionKind.FullRefund, DecisionKind.PartialRefund], S.RefundPending, "the decision is a refund"),
        ([DecisionKind.ReturnAndRefund], S.AwaitingReturnShipment, "the decision is a return and refund"),
        ([DecisionKind.ClaimRejected], S.Closed, "the decision rejects the claim"),
    ];

    private static readonly Choice[] CarriedOutAtOnce =
        [.. CarriedOut.Select(o => new Choice(o.To, o.When, c => c is RecordDecision r && o.Kinds.Contains(r.Decision)))];

    // Where the returned parcel's finding leads: only an item as described releases the refund.
    private static readonly Choice[] ReceiptLeadsTo =
    [
        new(S.RefundPending, "the item came back as described", c => c is RecordReturnReceipt { Outcome: ReceiptOutcome.AsDescribed }),
        new(S.AwaitingMediator, "the item came back damaged, different, empty or incomplete",
            c => c is RecordReturnReceipt { Outcome: not ReceiptOutcome.AsDescribed }),
    ];

    // The statuses that run a clock some party may ask to extend (DeadlineRule.Owner).
    private static readonly S[] ClockedStatuses =
    [
        S.AwaitingSellerResponse, S.AwaitingBuyerReply, S.AwaitingSellerReply, S.AwaitingEvidence, S.AwaitingReturnShipment,
        S.ReturnDelivered, S.AwaitingReplacementShipment, S.ReplacementInTransit,
    ];

    // Accepting or rejecting the proposal on the table, by the party it waits on: what was proposed says where
    // acceptance leads; the policy (and the proposals left) whether rejection escalates or talks go on.
    private void Answer(S waiting, Guard answerer, Guard inTime)
    {
        var g = guards;
        Permit(waiting, A.AcceptOffer, S.RefundPending, answerer, inTime, g.OfferIsRefund);
        Permit(waiting, A.AcceptOffer, S.AwaitingReturnShipment, answerer, inTime, g.OfferIsReturn);
        Permit(waiting, A.AcceptOffer, S.AwaitingReplacementShipment, answerer, inTime, g.OfferIsGoods);
        Permit(waiting, A.RejectOffer, S.AwaitingMediator, answerer, inTime, g.RejectionEscalates);
        Permit(waiting, A.RejectOffer, S.Negotiating, answerer, inTime, g.RejectionReopensTalks);
    }

    private static Choice[] HandedOver(S held) =>
    [
        new(held, "to another mediator", c => c is ReassignCase { ToMediatorId: not null }),
        new(S.AwaitingMediator, "back to the queue", c => c is ReassignCase { ToMediatorId: null }),
    ];

    private static Choice[] AnswersRequest(DisputeGuards g)
    {
        bool Answers(IDisputeCommand c) =>
            c is AddEvidence a && g.D.EvidenceRequest is { } request && request.Counting(a.Evidence, request.From).Answered;
        return
        [
            new(S.UnderMediation, "every mandatory kind asked for is given", Answers),
            new(S.AwaitingEvidence, "a mandatory kind asked for is still missing", c => c is AddEvidence && !Answers(c)),
        ];
    }

    private void Configure(DisputeGuards g)
    {
        var clock = g.System;

        Permit(S.None, A.Open, S.AwaitingSellerResponse, g.Buyer);

        // Seller's first response, before the seller response deadline.
        var sellerInTime = g.Before(DeadlineKind.SellerResponse);
        Permit(S.AwaitingSellerResponse, A.AcceptClaim, S.RefundPending, g.Seller, sellerInTime, g.RemedyIsRefund);
        Permit(S.AwaitingSellerResponse, A.AcceptClaim, S.AwaitingReturnShipment, g.Seller, sellerInTime, g.RemedyIsReturn);
        Permit(S.AwaitingSellerResponse, A.MakeOffer, S.AwaitingBuyerReply, g.Seller, sellerInTime);
        Permit(S.AwaitingSellerResponse, A.RejectClaim, S.AwaitingBuyerEscalation, g.Seller, sellerInTime);
        Permit(S.AwaitingSellerResponse, A.Escalate, S.AwaitingMediator, g.Seller, sellerInTime);
        Permit(S.AwaitingSellerResponse, A.SellerResponseDeadlinePassed, S.RefundPending, clock, g.SilenceRefunds);
        Permit(S.AwaitingSellerResponse, A.SellerResponseDeadlinePassed, S.AwaitingMediator, clock, g.SilenceEscalates);

        // A proposal of the seller or the platform waits on the buyer, before the buyer reply deadline; the seller may
        // revise it and the platform replace it while proposals are left, but not once the buyer's silence has
        // decided the case (a new proposal would restart the clock that is running out).
        var buyerInTime = g.Before(DeadlineKind.BuyerReplyToOffer);
        Answer(S.AwaitingBuyerReply, g.Buyer, buyerInTime);
        Permit(S.AwaitingBuyerReply, A.CounterOffer, S.AwaitingSellerReply, g.Buyer, buyerInTime, g.ProposalsLeft);
        Allow(S.AwaitingBuyerReply, A.MakeOffer, g.Seller, buyerInTime, g.ProposalsLeft);
        Allow(S.AwaitingBuyerReply, A.ProposeSolution, g.Platform, buyerInTime, g.ProposalsLeft);
        Permit(S.AwaitingBuyerReply, A.Escalate, S.AwaitingMediator, g.EitherParty, buyerInTime);
        Permit(S.AwaitingBuyerReply, A.BuyerReplyDeadlinePassed, S.Closed, clock);

        // The buyer's counter-offer waits on the seller, who accepts, rejects or counters it in time.
        var sellerReplyInTime = g.Before(DeadlineKind.SellerReplyToOffer);
        Answer(S.AwaitingSellerReply, g.Seller, sellerReplyInTime);
        Permit(S.AwaitingSellerReply, A.MakeOffer, S.AwaitingBuyerReply, g.Seller, sellerReplyInTime, g.ProposalsLeft);
        Permit(S.AwaitingSellerReply, A.ProposeSolution, S.AwaitingBuyerReply, g.Platform, g.ProposalsLeft);
        Permit(S.AwaitingSellerReply, A.Escalate, S.AwaitingMediator, g.EitherParty);
        Permit(S.AwaitingSellerReply, A.SellerReplyDeadlinePassed, S.AwaitingMediator, clock);

        // A proposal was rejected and the policy leaves room to talk: anyone may propose again, either party escalate.
        Permit(S.Negotiating, A.MakeOffer, S.AwaitingBuyerReply, g.Seller, g.ProposalsLeft);
        Permit(S.Negotiating, A.CounterOffer, S.AwaitingSellerReply, g.Buyer, g.ProposalsLeft);
        Permit(S.Negotiating, A.Escalate, S.AwaitingMediator, g.EitherParty);
        foreach (var open in new[] { S.AwaitingSellerResponse, S.Negotiating })
            Permit(open, A.ProposeSolution, S.AwaitingBuyerReply, g.Platform, g.ProposalsLeft);

        Permit(S.AwaitingBuyerEscalation, A.Escalate, S.AwaitingMediator, g.EitherParty);

        foreach (var negotiating in Statuses(s => s.IsNegotiation()))
            Permit(negotiating, A.NegotiationLimitReached, S.AwaitingMediator, clock);

        // Mediation.
        Permit(S.AwaitingMediator, A.ClaimCase, S.UnderMediation, g.EligibleMediator);
        Permit(S.AwaitingMediator, A.AssignCase, S.UnderMediation, g.Assigner);
        Permit(S.UnderMediation, A.ReleaseCase, S.AwaitingMediator, g.AssignedMediator);
        Permit(S.UnderMediation, A.RequestEvidence, S.AwaitingEvidence, g.AssignedMediator);
        // A decision waits out the appeal window, unless it is the decision on an appeal: final, and carried out at once.
        Permit(S.UnderMediation, A.RecordDecision, S.Decided, g.AssignedMediator, g.NotAppealed);
        PermitChoice(S.UnderMediation, A.RecordDecision, CarriedOutAtOnce, g.AssignedMediator, g.Appealed);
        // The requested party's item answers the request once every mandatory kind it names is given.
        PermitChoice(S.AwaitingEvidence, A.AddEvidence, AnswersRequest(g), g.RequestedParty, g.Before(DeadlineKind.EvidenceResponse), g.EvidenceBelowLimit);
        Permit(S.AwaitingEvidence, A.EvidenceDeadlinePassed, S.UnderMediation, clock);
        Permit(S.AwaitingEvidence, A.ReleaseCase, S.AwaitingMediator, g.AssignedMediator);
        // An admin moves a held case to another mediator (it stays where it is) or back to the queue.
        foreach (var held in new[] { S.UnderMediation, S.AwaitingEvidence })
            PermitChoice(held, A.ReassignCase, HandedOver(held), g.Platform);
        foreach (var mediating in Statuses(s => s.IsMediation()))
            Allow(mediating, A.MediatorSlaPassed, clock);

        // Either party may appeal once, within the window; when it closes, the decision is carried out.
        Permit(S.Decided, A.Appeal, S.AwaitingMediator, g.EitherParty, g.DecisionOpenToAppeal, g.NoEarlierAppeal, g.Before(DeadlineKind.AppealWindow));
        foreach (var (kinds, to, when) in CarriedOut)
            Permit(S.Decided, A.AppealWindowClosed, to, clock, g.DecisionIs(when, kinds));

        // Return path.
        Permit(S.AwaitingReturnShipment, A.ShipReturn, S.ReturnInTransit, g.Buyer, g.Before(DeadlineKind.ReturnShipment));
        Permit(S.AwaitingReturnShipment, A.ReturnShipmentDeadlinePassed, S.Closed, clock);
        Permit(S.ReturnInTransit, A.MarkReturnDelivered, S.ReturnDelivered, g.BuyerOrPlatform);
        foreach (var returning in new[] { S.ReturnInTransit, S.ReturnDelivered })
        {
            Permit(returning, A.ConfirmReturnReceived, S.RefundPending, g.Seller, g.Before(DeadlineKind.ReturnConfirmation));
            Permit(returning, A.ReportReturnProblem, S.AwaitingMediator, g.Seller, g.Before(DeadlineKind.ReturnConfirmation));
        }
        Permit(S.ReturnDelivered, A.ReturnConfirmationDeadlinePassed, S.RefundPending, clock);
        foreach (var returning in new[] { S.ReturnInTransit, S.ReturnDelivered })
            PermitChoice(returning, A.RecordReturnReceipt, ReceiptLeadsTo, g.Seller, g.Before(DeadlineKind.ReturnConfirmation));

        // Remedies in goods: the seller ships, the buyer confirms receipt or objects within the confirmation clock.
        Permit(S.AwaitingReplacementShipment, A.ShipReplacement, S.ReplacementInTransit, g.Seller, g.Before(DeadlineKind.ReplacementShipment));
        Permit(S.AwaitingReplacementShipment, A.ReplacementShipmentDeadlinePassed, S.AwaitingMediator, clock);
        var buyerChecksInTime = g.Before(DeadlineKind.ReplacementConfirmation);
        Permit(S.ReplacementInTransit, A.ConfirmReplacementReceived, S.Closed, g.Buyer, buyerChecksInTime);
        Permit(S.ReplacementInTransit, A.ReportReplacementProblem, S.AwaitingMediator, g.Buyer, buyerChecksInTime);
        Permit(S.ReplacementInTransit, A.ReplacementConfirmationDeadlinePassed, S.Closed, clock);

        // While the parties talk, the seller (or the platform, at the buyer's request) may extend the buyer's protection.
        foreach (var negotiating in Statuses(s => s.IsNegotiation()))
            Allow(negotiating, A.ExtendProtection, g.SellerOrPlatform, g.ProtectionExtensible);

        // More time on a running clock: its party asks, the other party or a mediator answers. The policy bounds how
        // often (guard) and how long (InputRules); a grant moves the clock through the decider's deadline diff.
        foreach (var clocked in ClockedStatuses)
        {
            Allow(clocked, A.RequestExtension, g.ClockOwner, g.NoPendingExtension, g.ExtensionsLeft);
            Allow(clocked, A.GrantExtension, g.ExtensionAnswerer, g.ExtensionPending);
            Allow(clocked, A.RefuseExtension, g.ExtensionAnswerer, g.ExtensionPending);
        }

        // Money: the payment backend reports each attempt; a failed refund stays visible until retried.
        Permit(S.RefundPending, A.ReportRefundSucceeded, S.Closed, g.Platform);
        Permit(S.RefundPending, A.ReportRefundFailed, S.RefundFailed, g.Platform);
        Permit(S.RefundFailed, A.RetryRefund, S.RefundPending, g.MediatorOrPlatform);

        // A closed dispute changes once more only if it holds files: when its retention clock deletes them.
        Allow(S.Closed, A.EvidenceRetentionEnded, clock);

        // After the close each party may rate how its dispute was handled, once, within the policy's window.
        Allow(S.Closed, A.RateResolution, g.EitherParty, g.RatingWindowOpen, g.NotRatedYet);

        // A translation annotates a text and changes nothing else: mediators and the platform (a translation service) may
        // add one whatever the status, closed included.
        foreach (var status in Statuses(s => s != S.None))
            Allow(status, A.TranslateText, g.MediatorOrPlatform);

        // Withdrawal before a decision or agreement.
        foreach (var status in Statuses(s => s.IsWithdrawable()))
            Permit(status, A.Withdraw, S.Closed, g.Buyer);

        // Talking and evidence never change the state; the requested party's evidence answers a request.
        foreach (var status in Statuses(s => s.IsOpen()))
        {
            Allow(status, A.PostMessage, g.PartyOrAssignedMediator);
            if (status == S.AwaitingEvidence)
                Allow(status, A.AddEvidence, g.EitherParty, g.NotRequestedParty, g.EvidenceBelowLimit);
            else
                Allow(status, A.AddEvidence, g.EitherParty, g.EvidenceBelowLimit);
        }
    }
}
