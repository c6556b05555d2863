using Disputes.Domain;
using NodaTime;

// The lifecycle the load benchmark drives, as commands with the state each one is decided on.
internal sealed class Lifecycle
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 12, 0);

    public Lifecycle()
    {
        var id = Guid.Parse("0199a000-0000-7000-8000-000000000001");
        var buyer = Actor.Buyer("buyer-7");
        var seller = Actor.Seller("seller-3");
        var mediator = Actor.Mediator("mediator-1");
        Steps =
        [
            new OpenDispute(id, $"order-{id}", buyer.Id, seller.Id, DisputeReason.ItemNotReceived, "The parcel never arrived.",
                new Money(4999, "EUR"), Remedy.FullRefund, null, Start + Duration.FromDays(30), buyer),
            new MakeOffer(id, OfferKind.PartialRefund, new Money(500, "EUR"), "Part back.", seller),
            new RejectOffer(id, "Too little.", buyer),
            new Escalate(id, "We cannot agree.", buyer),
            new ClaimCase(id, mediator),
            new RecordDecision(id, DecisionKind.FullRefund, null, "No proof of delivery.", mediator),
        ];
        Dispute? state = null;
        var now = Start;
        foreach (var command in Steps)
        {
            Before.Add(state);
            var accepted = (Accepted)DisputeDecider.Decide(command, state, now, state?.Policy ?? DisputePolicy.Default);
            Events.AddRange(accepted.Events);
            state = accepted.Events.Aggregate(state, DisputeEvolver.Evolve);
            now += Duration.FromMinutes(5);
        }
        Final = state!;
    }

    public List<IDisputeCommand> Steps { get; }
    public List<Dispute?> Before { get; } = [];
    public List<IDisputeEvent> Events { get; } = [];
    public Dispute Final { get; }
}
