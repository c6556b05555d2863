using NodaTime;

namespace Disputes.Domain;

// Who the dispute is waiting on, and until when: the participants it has put a question to. Options that are
// always open — talking, unrequested evidence, walking away, escalating, appealing — leave nobody waiting; an
// answer to the claim or an offer, a return step, requested evidence, a mediator's claim or decision and the
// payment backend's refund report do. Read off the same machine that enforces the rules, as of an instant.
public static class WaitingOn
{
    private static readonly HashSet<DisputeAction> PartyAnswers =
    [
        DisputeAction.AcceptClaim, DisputeAction.MakeOffer, DisputeAction.RejectClaim,
        DisputeAction.AcceptOffer, DisputeAction.RejectOffer, DisputeAction.CounterOffer,
        DisputeAction.ShipReturn, DisputeAction.ConfirmReturnReceived, DisputeAction.ReportReturnProblem, DisputeAction.RecordReturnReceipt,
        DisputeAction.ShipReplacement, DisputeAction.ConfirmReplacementReceived, DisputeAction.ReportReplacementProblem,
        DisputeAction.GrantExtension, DisputeAction.RefuseExtension,
    ];

    private static readonly HashSet<DisputeAction> MediatorDuties = [DisputeAction.ClaimCase, DisputeAction.RecordDecision];

    private static readonly HashSet<DisputeAction> PlatformAnswers =
        [DisputeAction.ReportRefundSucceeded, DisputeAction.ReportRefundFailed, DisputeAction.RetryRefund];

    public static IReadOnlyList<Awaited> For(Dispute d, Instant at)
    {
        var allowed = AllowedActions.For(d, at, d.Policy);
        var waiting = new List<Awaited>();
        Add(waiting, ActorKind.Buyer, d.BuyerId, Answers(allowed.Buyer, d, Party.Buyer));
        Add(waiting, ActorKind.Seller, d.SellerId, Answers(allowed.Seller, d, Party.Seller));
        Add(waiting, ActorKind.Mediator, d.MediatorId, MediatorAnswers(allowed.Mediator));
        Add(waiting, ActorKind.Platform, null, allowed.Platform.Where(o => PlatformAnswers.Contains(o.Action)).ToList());
        return waiting;
    }

    // The subset of a party's options that answer the dispute's question to that party.
    // A new proposal answers only a question already put to the party (the claim, or a proposal on the table): the
    // seller revising its own offer, or anyone proposing after a rejection, is an option that keeps nobody waiting.
    public static List<ActionOption> Answers(IEnumerable<ActionOption> options, Dispute d, Party party)
    {
        var all = options.ToList();
        var asked = all.Any(o => o.Action is DisputeAction.AcceptClaim or DisputeAction.AcceptOffer);
        return all.Where(o => o.Action is DisputeAction.MakeOffer or DisputeAction.CounterOffer
                ? asked
                : PartyAnswers.Contains(o.Action) || (o.Action == DisputeAction.AddEvidence && d.EvidenceRequest?.From == party))
            .ToList();
    }

    public static List<ActionOption> MediatorAnswers(IEnumerable<ActionOption> options) =>
        options.Where(o => MediatorDuties.Contains(o.Action)).ToList();

    private static void Add(List<Awaited> waiting, ActorKind who, string? id, List<ActionOption> answers)
    {
        if (answers.Count > 0)
            waiting.Add(new Awaited(who, id, answers.Select(o => o.Action).ToList(), answers.Min(o => o.Until)));
    }
}
