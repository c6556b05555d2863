using NodaTime;

namespace Disputes.Domain;

// The rules in force when a dispute opens; the dispute records Version so replays apply that day's rules.
// Durations are elapsed time, except MediatorDecisionSla, which is working time in Calendar.
public sealed partial record DisputePolicy
{
    public const string DefaultVersion = "2026-12-01";

    // The policy before negotiation rounds, remedies in goods, extensions and the reopening rule. Its disputes keep
    // its rules: the negotiation properties below default to its values, so a policy stored before they existed
    // reads back as exactly what it was.
    public const string SingleOfferVersion = "2026-11-01";

    // Seven working days of the default calendar: 7 × 18h.
    private static readonly Duration DefaultMediatorDecisionSla = MediatorSlaFor(MediationCalendar.Default);

    public static DisputePolicy SingleOffer { get; } = new() { Version = SingleOfferVersion };

    public static DisputePolicy Default { get; } = new()
    {
        Version = DefaultVersion,
        MaxProposals = 6,
        RejectionEscalates = false,
        GoodsRemedies = true,
        MaxExtensions = 2,
        Reopening = ReopeningRule.AfterWithdrawal,
        MaxProtectionExtension = Duration.FromDays(30),
        ValidateTrackingNumbers = true,
    };

    // Required so a custom policy cannot silently reuse the default's version label.
    public required string Version { get; init; }

    public Duration SellerResponse { get; init; } = Duration.FromDays(5);
    public SellerSilenceConsequence OnSellerSilence { get; init; } = SellerSilenceConsequence.RefundBuyer;
    public Duration BuyerReplyToOffer { get; init; } = Duration.FromDays(10);
    public Duration NegotiationLimit { get; init; } = Duration.FromDays(15);
    public Duration EvidenceResponse { get; init; } = Duration.FromDays(3);
    public Duration MediatorDecisionSla { get; init; } = DefaultMediatorDecisionSla;
    public Duration ReturnShipment { get; init; } = Duration.FromDays(10);
    public Duration ReturnConfirmation { get; init; } = Duration.FromDays(5);
    public Duration AppealWindow { get; init; } = Duration.FromDays(7);

    // How long after the close each party may rate the resolution.
    public Duration RatingWindow { get; init; } = Duration.FromDays(14);
    public MediationCalendar Calendar { get; init; } = MediationCalendar.Default;
    public int MaxEvidenceItems { get; init; } = 50;
    public long MaxEvidenceBytes { get; init; } = 10L * 1024 * 1024;
    public int MaxTextLength { get; init; } = 2000;
    public AmountLimits MaxAmount { get; init; } = AmountLimits.Default;

    // Negotiation (policy 2026-12-01). Proposals counts offers, revisions, counter-offers and the platform's proposals;
    // once they are used up, a rejection escalates whatever RejectionEscalates says.
    public int MaxProposals { get; init; } = 1;
    public bool RejectionEscalates { get; init; } = true;
    public Duration SellerReplyToOffer { get; init; } = Duration.FromDays(5);

    // Replacement, repair and refund-and-keep, beside the money remedies every policy has.
    public bool GoodsRemedies { get; init; }
    public Duration ReplacementShipment { get; init; } = Duration.FromDays(7);
    public Duration ReplacementConfirmation { get; init; } = Duration.FromDays(14);

    // Extensions a dispute may ask for (over all its clocks), and the longest one.
    public int MaxExtensions { get; init; }
    public Duration MaxExtension { get; init; } = Duration.FromDays(7);

    public ReopeningRule Reopening { get; init; } = ReopeningRule.Always;

    // The most the seller or the platform may add to the buyer's protection at once; zero: protection is not extended.
    public Duration MaxProtectionExtension { get; init; } = Duration.Zero;

    // Tracking numbers of known carriers must have their carrier's format (TrackingNumbers).
    public bool ValidateTrackingNumbers { get; init; }

    // Evidence links must be https; an intranet storefront serving files over plain http may allow it.
    public bool AllowHttpEvidence { get; init; }

    public static Duration MediatorSlaFor(MediationCalendar calendar, int workingDays = 7) =>
        calendar.NominalDayLength * workingDays;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Version))
            problems.Add("Version must not be empty.");

        RequirePositive(SellerResponse, nameof(SellerResponse));
        RequirePositive(BuyerReplyToOffer, nameof(BuyerReplyToOffer));
        RequirePositive(NegotiationLimit, nameof(NegotiationLimit));
        RequirePositive(EvidenceResponse, nameof(EvidenceResponse));
        RequirePositive(MediatorDecisionSla, nameof(MediatorDecisionSla));
        RequirePositive(ReturnShipment, nameof(ReturnShipment));
        RequirePositive(ReturnConfirmation, nameof(ReturnConfirmation));
        RequirePositive(AppealWindow, nameof(AppealWindow));
        RequirePositive(RatingWindow, nameof(RatingWindow));
        RequirePositive(SellerReplyToOffer, nameof(SellerReplyToOffer));
        RequirePositive(ReplacementShipment, nameof(ReplacementShipment));
        RequirePositive(ReplacementConfirmation, nameof(ReplacementConfirmation));
        RequirePositive(MaxExtension, nameof(MaxExtension));
        if (MaxProposals < 1)
            problems.Add($"MaxProposals must be at least 1, was {MaxProposals}.");
        if (MaxProtectionExtension < Duration.Zero)
            problems.Add($"MaxProtectionExtension must not be negative, was {MaxProtectionExtension}.");
        if (MaxExtensions < 0)
            problems.Add($"MaxExtensions must not be negative, was {MaxExtensions}.");
        if (!Enum.IsDefined(Reopening))
            problems.Add($"Reopening has an unknown value ({(int)Reopening}).");

        // Otherwise automatic escalation would pre-empt the seller's own deadline and its silence rule.
        if (NegotiationLimit <= SellerResponse)
            problems.Add($"NegotiationLimit ({NegotiationLimit}) must be longer than SellerResponse ({SellerResponse}).");
        if (!Enum.IsDefined(OnSellerSilence))
            problems.Add($"OnSellerSilence has an unknown value ({(int)OnSellerSilence}).");
        if (Calendar is null)
            problems.Add("Calendar is required.");
        if (MaxEvidenceItems <= 0)
            problems.Add($"MaxEvidenceItems must be positive, was {MaxEvidenceItems}.");
        if (MaxEvidenceBytes <= 0)
            problems.Add($"MaxEvidenceBytes must be positive, was {MaxEvidenceBytes}.");
        if (MaxTextLength <= 0)
            problems.Add($"MaxTextLength must be positive, was {MaxTextLength}.");
        if (MaxAmount is null)
            problems.Add("MaxAmount is required.");
        else
            problems.AddRange(MaxAmount.Validate());

        return problems;

        void RequirePositive(Duration value, string name)
        {
            if (value <= Duration.Zero)
                problems.Add($"{name} must be positive, was {value}.");
        }
    }
}
