namespace Disputes.Domain;

public enum DisputeReason
{
    ItemNotReceived,
    NotAsDescribed,
    DamagedOrDefective,
    Counterfeit,
    WarrantyRepairRefused,
    OutOfStockOrListingRemoved,
    PaymentProblem,
    UnauthorisedOrFraud,
    Other,
}
