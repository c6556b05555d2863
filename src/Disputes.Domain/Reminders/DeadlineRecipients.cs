namespace Disputes.Domain;

// Who a running clock waits on, and so who is reminded before it runs out: the clock's owner (the party whose answer
// it waits for), the assigned mediator for the decision SLA, both parties for the platform's clocks either of them
// can act on (settle before the negotiation limit escalates, appeal before the window closes). Nobody for the
// retention clock: no one can act on it. Asked when a reminder falls due, so a mediator assigned after the clock
// started is the one reminded.
public static class DeadlineRecipients
{
    public static IReadOnlyList<Actor> Of(Dispute dispute, DeadlineKind kind) => kind switch
    {
        DeadlineKind.MediatorDecisionSla => dispute.MediatorId is { } mediator ? [Actor.Mediator(mediator)] : [],
        DeadlineKind.NegotiationLimit or DeadlineKind.AppealWindow => [Party(dispute, Domain.Party.Buyer), Party(dispute, Domain.Party.Seller)],
        DeadlineKind.EvidenceRetention => [],
        _ => DeadlineRules.Of(kind).Owner(dispute) is { } owner ? [Party(dispute, owner)] : [],
    };

    private static Actor Party(Dispute dispute, Party party) =>
        party == Domain.Party.Buyer ? Actor.Buyer(dispute.BuyerId) : Actor.Seller(dispute.SellerId);
}
