namespace Disputes.Domain;

// The configuration shape of a DisputePolicy: everything is a nullable string or number so a config
// binder can fill it without the domain referencing one. Durations are ISO-8601 ("P5D", "PT30S"),
// times "HH:mm", working days a comma-separated list ("Monday,Tuesday"); null or blank means default.
public sealed class PolicySettings
{
    public string? Version { get; set; }
    public string? SellerResponse { get; set; }
    public string? OnSellerSilence { get; set; }
    public string? BuyerReplyToOffer { get; set; }
    public string? NegotiationLimit { get; set; }
    public string? EvidenceResponse { get; set; }
    public string? MediatorDecisionSla { get; set; }
    public string? ReturnShipment { get; set; }
    public string? ReturnConfirmation { get; set; }
    public string? AppealWindow { get; set; }
    public string? RatingWindow { get; set; }
    public string? CalendarTimeZone { get; set; }
    public string? CalendarDayStart { get; set; }
    public string? CalendarDayEnd { get; set; }
    public string? CalendarWorkingDays { get; set; }
    public int? MaxEvidenceItems { get; set; }
    public long? MaxEvidenceBytes { get; set; }
    public int? MaxTextLength { get; set; }
    public bool? AllowHttpEvidence { get; set; }
    public int? MaxProposals { get; set; }
    public bool? RejectionEscalates { get; set; }
    public string? SellerReplyToOffer { get; set; }
    public bool? GoodsRemedies { get; set; }
    public string? ReplacementShipment { get; set; }
    public string? ReplacementConfirmation { get; set; }
    public int? MaxExtensions { get; set; }
    public string? MaxExtension { get; set; }
    public string? Reopening { get; set; }
    public string? MaxProtectionExtension { get; set; }
    public bool? ValidateTrackingNumbers { get; set; }

    // Minor units; the default bound of every currency, and bounds of single currencies by ISO code ("JPY").
    public long? MaxAmount { get; set; }
    public Dictionary<string, long>? MaxAmountByCurrency { get; set; }
}
