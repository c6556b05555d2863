namespace Disputes.Domain.Tests;

// Everyone who may send a command in a generated sequence: the two parties, people who are not parties,
// three mediators (so an appeal can go to another one) and the platform.
internal static class SequenceCast
{
    public static readonly string BuyerId = Cast.Buyer.Id;
    public static readonly string SellerId = Cast.Seller.Id;

    public static readonly Actor Buyer = Cast.Buyer;
    public static readonly Actor Seller = Cast.Seller;
    public static readonly Actor OtherBuyer = Cast.OtherBuyer;
    public static readonly Actor OtherSeller = Cast.OtherSeller;
    public static readonly Actor M1 = Actor.Mediator("m1");
    public static readonly Actor M2 = Actor.Mediator("m2");
    public static readonly Actor M3 = Actor.Mediator("m3");
    public static readonly Actor Engine = Actor.System;
    public static readonly Actor Platform = Actor.Platform("payments");

    public static readonly Actor[] Everyone = [Buyer, Seller, OtherBuyer, OtherSeller, M1, M2, M3, Engine, Platform];
    public static readonly Actor[] Mediators = [M1, M2, M3];
    public static readonly Actor[] Participants = [Buyer, Seller, M1, M2, M3, Platform];
}
