using NodaTime;

namespace Disputes.Domain;

// One participant the dispute waits on: Id is null for a case no mediator has claimed yet (any mediator may) and
// for the platform (whichever of its services reports); Until is the earliest deadline on the awaited answers
// (null: no clock bounds them).
public sealed record Awaited(ActorKind Who, string? Id, IReadOnlyList<DisputeAction> Answers, Instant? Until);
