using NodaTime;

namespace Disputes.Domain;

// A remedy in goods: the seller ships a replacement or the repaired item; the buyer confirms it or objects.
public sealed record ReplacementProgress(OfferKind Kind, Instant AuthorisedAt, string? Carrier = null, string? TrackingNumber = null, Instant? ShippedAt = null);
