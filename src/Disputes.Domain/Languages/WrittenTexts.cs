namespace Disputes.Domain;

// The text a participant wrote that each event holds, if any: what a translation may be attached to. One field per
// event type; the opening's description is in the case language.
public static class WrittenTexts
{
    public static string? Of(IDisputeEvent e) => e switch
    {
        DisputeOpened o => o.Description,
        MessagePosted m => m.Text,
        SellerOfferMade o => o.Note,
        BuyerCounterOffered o => o.Note,
        PlatformSolutionProposed o => o.Note,
        SellerRejectedClaim r => r.Reason,
        SellerRejectedCounterOffer r => r.Reason,
        BuyerRejectedOffer r => r.Reason,
        DisputeEscalated x => x.Reason,
        MediatorReleased r => r.Reason,
        EvidenceRequested r => r.Description,
        MediatorDecisionRecorded d => d.Rationale,
        DecisionAppealed a => a.Reason,
        ReturnReceiptRecorded r => r.Note,
        ReplacementProblemReported p => p.Description,
        ReturnProblemReported p => p.Description,
        BuyerProtectionExtended p => p.Reason,
        ExtensionRequested r => r.Reason,
        ExtensionRefused r => r.Reason,
        RefundFailed f => f.Reason,
        DisputeWithdrawn w => w.Reason,
        ResolutionRated r => r.Comment,
        _ => null,
    } is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text : null;
}
