using NodaTime;

namespace Disputes.Domain;

// The evidence checklist per reason: what a mediator's request starts from, and what a dispute's view shows the
// parties they may be asked for. Advice, not a gate: the request a mediator sends is what binds.
public sealed partial record DisputePolicy
{
    public static IReadOnlyList<EvidenceChecklistItem> EvidenceChecklist { get; } =
    [
        new(DisputeReason.ItemNotReceived, Party.Seller, EvidenceKind.ShippingProof, Mandatory: true),
        new(DisputeReason.NotAsDescribed, Party.Buyer, EvidenceKind.Photo, Mandatory: true),
        new(DisputeReason.NotAsDescribed, Party.Seller, EvidenceKind.Photo, Mandatory: false),
        new(DisputeReason.DamagedOrDefective, Party.Buyer, EvidenceKind.Photo, Mandatory: true),
        new(DisputeReason.DamagedOrDefective, Party.Buyer, EvidenceKind.Video, Mandatory: false),
        new(DisputeReason.Counterfeit, Party.Buyer, EvidenceKind.Photo, Mandatory: true),
        new(DisputeReason.Counterfeit, Party.Seller, EvidenceKind.Invoice, Mandatory: true),
        new(DisputeReason.WarrantyRepairRefused, Party.Buyer, EvidenceKind.Receipt, Mandatory: true),
        new(DisputeReason.WarrantyRepairRefused, Party.Buyer, EvidenceKind.Correspondence, Mandatory: false),
        new(DisputeReason.OutOfStockOrListingRemoved, Party.Buyer, EvidenceKind.Receipt, Mandatory: true),
        new(DisputeReason.PaymentProblem, Party.Buyer, EvidenceKind.Receipt, Mandatory: true),
        new(DisputeReason.UnauthorisedOrFraud, Party.Buyer, EvidenceKind.Document, Mandatory: false),
    ];

    // How long a closed dispute keeps the files the engine holds. Recorded with the policy, so a file is deleted on
    // the terms of the day its dispute opened; disputes opened before it read the default.
    public Duration EvidenceRetention { get; init; } = Duration.FromDays(730);

    public static IReadOnlyList<EvidenceChecklistItem> ChecklistFor(DisputeReason reason) =>
        [.. EvidenceChecklist.Where(i => i.Reason == reason)];
}
