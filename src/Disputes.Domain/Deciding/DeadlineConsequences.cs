using NodaTime;

namespace Disputes.Domain;

// What silence costs (DESIGN §3, the policy table): the consequence of each clock running out.
internal static class DeadlineConsequences
{
    public static Decision Decide(ExpireDeadline c, Dispute d, Instant now, DisputePolicy policy)
    {
        // Cancelled, replaced or already fired: the scheduler's copy is stale, and that is not an error.
        if (!d.Deadlines.TryGetValue(c.Kind, out var deadline) || deadline.DueAt != c.DueAt)
            return Decision.Nothing;
        if (now < deadline.DueAt)
            return Decision.Refuse(Refusal.Violated("deadline-not-due", $"The {c.Kind} deadline falls due at {deadline.DueAt}, not yet."));

        var permission = DisputeMachine.For(d, now, policy).Check(c.Action, c.By);
        if (!permission.Allowed)
            return Decision.Refuse(new Refusal(permission.Kind, "actor-not-permitted", permission.Reason, []));

        var expired = new DeadlineExpired(d.Id, c.Kind, c.DueAt, c.By, now);
        var afterExpiry = DisputeEvolver.Evolve(d, expired);
        IDisputeEvent[] consequence = c.Kind switch
        {
            DeadlineKind.SellerResponse when policy.OnSellerSilence == SellerSilenceConsequence.RefundBuyer =>
                [Transitions.RequestRefund(d, d.Refundable, c.By, now)],
            DeadlineKind.SellerResponse => [new DisputeEscalated(d.Id, "The seller did not respond in time.", c.By, now)],
            DeadlineKind.BuyerReplyToOffer => [new DisputeClosed(d.Id, DisputeOutcome.Expired, d.Refunded, c.By, now)],
            DeadlineKind.NegotiationLimit => [new DisputeEscalated(d.Id, "The parties did not resolve the dispute within the negotiation limit.", c.By, now)],
            DeadlineKind.EvidenceResponse => [new EvidenceRequestLapsed(d.Id, d.EvidenceRequest!.From, c.By, now)],
            DeadlineKind.MediatorDecisionSla => [new MediationSlaBreached(d.Id, c.DueAt, c.By, now)],
            DeadlineKind.ReturnShipment => [new DisputeClosed(d.Id, DisputeOutcome.Expired, d.Refunded, c.By, now)],
            DeadlineKind.ReturnConfirmation => [Transitions.RequestRefund(d, d.Return!.RefundAmount, c.By, now)],
            DeadlineKind.AppealWindow =>
            [
                new DecisionFinalized(d.Id, d.Decision!.Kind, d.Decision.RefundAmount, c.By, now),
                .. Transitions.Execute(afterExpiry, d.Decision.Kind, d.Decision.RefundAmount, c.By, now),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Kind, null),
        };

        return Decision.Accept(DisputeDecider.WithDeadlines(d, [expired, .. consequence], now, policy));
    }
}
