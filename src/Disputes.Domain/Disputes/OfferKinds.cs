namespace Disputes.Domain;

public static class OfferKinds
{
    // Remedies in goods carry no amount: nothing is refunded when they are carried out.
    public static bool MovesGoods(this OfferKind kind) => kind is OfferKind.Replacement or OfferKind.Repair;

    public static bool IsRefundNow(this OfferKind kind) => kind is OfferKind.PartialRefund or OfferKind.RefundAndKeep;
}
