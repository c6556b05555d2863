namespace Disputes.Domain;

// Who did it: the kind of participant plus the storefront's (or mediator's) own id for that person or service.
public sealed record Actor(ActorKind Kind, string Id)
{
    public static Actor Buyer(string id) => new(ActorKind.Buyer, id);
    public static Actor Seller(string id) => new(ActorKind.Seller, id);
    public static Actor Mediator(string id) => new(ActorKind.Mediator, id);
    public static Actor Platform(string id) => new(ActorKind.Platform, id);

    // The engine has one name: whatever part of it acts (the scheduler firing a clock, the decider keeping the
    // deadline books), the fact is the engine's. Which process caused it is the event's caller, not its actor.
    public static Actor System { get; } = new(ActorKind.System, "system");

    public override string ToString() => $"{Kind}:{Id}";
}
