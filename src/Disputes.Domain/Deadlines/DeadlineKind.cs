namespace Disputes.Domain;

// One per clock of the policy table (architecture.md §3).
public enum DeadlineKind
{
    SellerResponse,
    BuyerReplyToOffer,
    NegotiationLimit,
    EvidenceResponse,
    MediatorDecisionSla,
    ReturnShipment,
    ReturnConfirmation,
    AppealWindow,
    SellerReplyToOffer,
    ReplacementShipment,
    ReplacementConfirmation,
    EvidenceRetention,
}
