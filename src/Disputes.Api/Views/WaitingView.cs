using Disputes.Domain;
using NodaTime;

namespace Disputes.Api.Views;

public enum Participant { Buyer, Seller, Mediator, Platform }

// Whom a dispute waits on (as of its last change) and for what; Id is null for a case no mediator has claimed.
public sealed record WaitingView(Participant Who, string? Id, IReadOnlyList<DisputeAction> Answers, Instant? Until)
{
    public static WaitingView From(Awaited awaited) => new(
        awaited.Who switch
        {
            ActorKind.Buyer => Participant.Buyer,
            ActorKind.Seller => Participant.Seller,
            ActorKind.Mediator => Participant.Mediator,
            _ => Participant.Platform,
        },
        awaited.Id, awaited.Answers, awaited.Until);
}
