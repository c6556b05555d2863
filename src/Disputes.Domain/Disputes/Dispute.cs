using System.Collections.Immutable;
using NodaTime;

namespace Disputes.Domain;

// The current state of one dispute, folded from its events by DisputeEvolver. Immutable: Marten caches
// fetched aggregates, so nothing may mutate one in place.
public sealed record Dispute
{
    public Guid Id { get; init; }
    public string OrderId { get; init; } = "";
    public string BuyerId { get; init; } = "";
    public string SellerId { get; init; } = "";
    public DisputeReason Reason { get; init; }
    public string Description { get; init; } = "";
    public Money AmountPaid { get; init; }
    public Remedy RequestedRemedy { get; init; }
    public Money RequestedRefund { get; init; }
    public Instant ProtectionEndsAt { get; init; }
    public DisputePolicy Policy { get; init; } = DisputePolicy.Default;
    public Instant OpenedAt { get; init; }

    // The closed dispute on the same order this one reopens, and why (null: the order's first dispute).
    public EarlierDispute? Reopens { get; init; }
    public string? ReopenReason { get; init; }

    // The language the case is conducted in: who may mediate it.
    public LanguageTag Language { get; init; } = LanguageTag.Default;

    public DisputeStatus Status { get; init; }
    public PendingOffer? PendingOffer { get; init; }

    // Proposals made so far (offers, revisions, counter-offers, the platform's), bounded by the policy's MaxProposals.
    public int Proposals { get; init; }
    public ReplacementProgress? Replacement { get; init; }
    public ExtensionRequest? PendingExtension { get; init; }
    public int ExtensionRequests { get; init; }
    public ImmutableList<GrantedExtension> Extensions { get; init; } = [];
    public Instant? EscalatedAt { get; init; }
    public string? MediatorId { get; init; }
    public ImmutableList<string> ExcludedMediators { get; init; } = [];
    public OpenEvidenceRequest? EvidenceRequest { get; init; }
    public bool MediationOverdue { get; init; }
    public RecordedDecision? Decision { get; init; }
    public bool Appealed { get; init; }
    public ReturnProgress? Return { get; init; }
    public RefundProgress? Refund { get; init; }
    public Money Refunded { get; init; }
    public int RefundAttempts { get; init; }
    public int EvidenceCount { get; init; }
    public int MessageCount { get; init; }

    // Ids the storefront minted, so a retried message or evidence upload is recognised as a repeat.
    public ImmutableHashSet<Guid> EvidenceIds { get; init; } = [];
    public ImmutableHashSet<Guid> MessageIds { get; init; } = [];

    // Every item added, in order: what a decision may cite, and the bytes a held item's hash must resolve to.
    public ImmutableList<EvidenceItem> Evidence { get; init; } = [];

    // The retention clock ran out: the held files are gone, their items and hashes remain.
    public bool FilesExpired { get; init; }
    public ImmutableDictionary<DeadlineKind, Deadline> Deadlines { get; init; } = ImmutableDictionary<DeadlineKind, Deadline>.Empty;
    public DisputeOutcome? Outcome { get; init; }
    public Instant? ClosedAt { get; init; }

    // The stream version the state reflects: how texts are named for translation.
    public long EventCount { get; init; }

    // Each text a participant wrote, by the version of the event holding it, with the translations stored beside it.
    public ImmutableDictionary<long, TranslatableText> Texts { get; init; } = ImmutableDictionary<long, TranslatableText>.Empty;

    // At most one per party, given after the close within the policy's rating window.
    public ImmutableList<ResolutionRating> Ratings { get; init; } = [];
    public Instant LastChangedAt { get; init; }

    public string PolicyVersion => Policy.Version;

    public Money Refundable => AmountPaid - Refunded;
}
