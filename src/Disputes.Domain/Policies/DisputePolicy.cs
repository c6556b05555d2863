using NodaTime;

namespace Disputes.Domain;

// TEMPORARY placeholder until the pure branch lands.
public sealed record DisputePolicy
{
    public string Version { get; init; } = "2026-11-01";
    public Duration SellerResponse { get; init; } = Duration.FromDays(5);
    public SellerSilenceConsequence OnSellerSilence { get; init; } = SellerSilenceConsequence.RefundBuyer;
    public Duration BuyerReplyToOffer { get; init; } = Duration.FromDays(10);
    public Duration NegotiationLimit { get; init; } = Duration.FromDays(15);
    public Duration EvidenceResponse { get; init; } = Duration.FromDays(3);
    public Duration MediatorDecisionSla { get; init; } = Duration.FromHours(126);
    public Duration ReturnShipment { get; init; } = Duration.FromDays(10);
    public Duration ReturnConfirmation { get; init; } = Duration.FromDays(5);
    public Duration AppealWindow { get; init; } = Duration.FromDays(7);
    public MediationCalendar Calendar { get; init; } = MediationCalendar.Default;
    public int MaxEvidenceItems { get; init; } = 50;
    public long MaxEvidenceBytes { get; init; } = 10 * 1024 * 1024;
    public int MaxTextLength { get; init; } = 2000;
    public static DisputePolicy Default { get; } = new();
}
