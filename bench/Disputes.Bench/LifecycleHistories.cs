using Disputes.Domain;
using NodaTime;

// Realistic dispute histories made by the domain itself (every event decided, none hand-written), so a rebuild
// replays what production would hold: most cases go through mediation to a paid refund, some settle on an
// offer, some are withdrawn, some are refunded because the seller stayed silent.
internal static class LifecycleHistories
{
    private static readonly DisputeReason[] Reasons = Enum.GetValues<DisputeReason>();

    public static List<IDisputeEvent> For(int n, Instant start)
    {
        var id = Guid.CreateVersion7();
        var buyer = Actor.Buyer($"buyer-{n % 50_000}");
        var seller = Actor.Seller($"seller-{n % 1_000}");
        var mediator = Actor.Mediator($"mediator-{n % 20}");
        var platform = Actor.Platform("payments");
        var history = new History(start);

        history.Do(new OpenDispute(id, $"order-{n}", buyer.Id, seller.Id, Reasons[n % Reasons.Length], "It did not arrive as described.",
            new Money(1_000 + n % 9_000, "EUR"), Remedy.FullRefund, null, start + Duration.FromDays(60), buyer));
        switch (n % 10)
        {
            case < 6:
                history.Do(new MakeOffer(id, OfferKind.PartialRefund, new Money(500, "EUR"), "Half back, keep it.", seller));
                history.Do(new RejectOffer(id, "Not enough.", buyer));
                history.Do(new Escalate(id, "We cannot agree.", buyer));
                history.Do(new ClaimCase(id, mediator));
                for (var m = 0; m < n % 4; m++)
                    history.Do(new PostMessage(id, Guid.CreateVersion7(), $"Update {m} on the parcel.", m % 2 == 0 ? buyer : seller));
                history.Do(new RecordDecision(id, DecisionKind.FullRefund, null, "Tracking shows no delivery.", mediator));
                history.Expire(DeadlineKind.AppealWindow);
                history.Do(new ReportRefundSucceeded(id, 1, $"pay-{n}", platform));
                break;
            case < 8:
                history.Do(new MakeOffer(id, OfferKind.PartialRefund, new Money(500, "EUR"), "Half back, keep it.", seller));
                history.Do(new AcceptOffer(id, buyer));
                history.Do(new ReportRefundSucceeded(id, 1, $"pay-{n}", platform));
                break;
            case 8:
                history.Do(new WithdrawDispute(id, "Found it at a neighbour's.", buyer));
                break;
            default:
                history.Expire(DeadlineKind.SellerResponse);
                history.Do(new ReportRefundSucceeded(id, 1, $"pay-{n}", platform));
                break;
        }
        return history.Events;
    }

    private sealed class History(Instant start)
    {
        private Dispute? state;
        private Instant now = start;

        public List<IDisputeEvent> Events { get; } = [];

        public void Do(IDisputeCommand command)
        {
            var decision = DisputeDecider.Decide(command, state, now, state?.Policy ?? DisputePolicy.Default);
            if (decision is not Accepted accepted)
                throw new InvalidOperationException($"The generator's {command.GetType().Name} was refused: {decision}");
            Events.AddRange(accepted.Events);
            state = accepted.Events.Aggregate(state, DisputeEvolver.Evolve);
            now += Duration.FromHours(1);
        }

        public void Expire(DeadlineKind kind)
        {
            var due = state!.Deadlines[kind].DueAt;
            now = due;
            Do(new ExpireDeadline(state.Id, kind, due, Actor.System));
        }
    }
}
