namespace Disputes.Domain;

// Who did it: the party kind plus the storefront's (or mediator's) own id for that person.
public sealed record Actor(ActorKind Kind, string Id)
{
    public static Actor Buyer(string id) => new(ActorKind.Buyer, id);
    public static Actor Seller(string id) => new(ActorKind.Seller, id);
    public static Actor Mediator(string id) => new(ActorKind.Mediator, id);
    public static Actor System(string id = "system") => new(ActorKind.System, id);

    public override string ToString() => $"{Kind}:{Id}";
}
