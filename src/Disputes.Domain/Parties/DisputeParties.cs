namespace Disputes.Domain;

internal static class DisputeParties
{
    // Which side of this dispute an actor is: the order's buyer or seller, by kind and id; null for anyone else
    // (another buyer, a mediator, the platform, the engine). Guards and transitions ask here rather than compare ids.
    public static Party? PartyOf(this Dispute d, Actor actor) => actor.Kind switch
    {
        ActorKind.Buyer when actor.Id == d.BuyerId => Party.Buyer,
        ActorKind.Seller when actor.Id == d.SellerId => Party.Seller,
        _ => null,
    };
}
