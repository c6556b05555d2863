using Disputes.Domain;
using NodaTime;

namespace Disputes.Projections.Views;

public enum Participant { Buyer, Seller, Mediator, Platform }

// Whom a dispute waits on (as of its last change) and for what; Id is null for a case no mediator has claimed
// and for the platform (any of its services may answer).
public sealed record WaitingView(Participant Who, string? Id, IReadOnlyList<DisputeAction> Answers, Instant? Until)
{
    public static WaitingView From(Awaited awaited) => awaited.Who switch
    {
        ActorKind.Buyer => new(Participant.Buyer, awaited.Id, awaited.Answers, awaited.Until),
        ActorKind.Seller => new(Participant.Seller, awaited.Id, awaited.Answers, awaited.Until),
        ActorKind.Mediator => new(Participant.Mediator, awaited.Id, awaited.Answers, awaited.Until),
        // Rows projected before the platform had a kind of its own say System (id "platform"); the engine never waits.
        ActorKind.Platform or ActorKind.System => new(Participant.Platform, null, awaited.Answers, awaited.Until),
        _ => throw new ArgumentOutOfRangeException(nameof(awaited), awaited.Who, null),
    };
}
