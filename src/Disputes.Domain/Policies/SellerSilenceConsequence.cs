namespace Disputes.Domain;

public enum SellerSilenceConsequence
{
    RefundBuyer,
    Escalate,
}
