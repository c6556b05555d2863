using NodaTime;

namespace Disputes.Domain;

public sealed record ReturnProgress(
    Money RefundAmount, Instant AuthorisedAt, string? Carrier, string? TrackingNumber, Instant? ShippedAt, Instant? DeliveredAt,
    ReturnTerms? Terms = null, ReceiptOutcome? Receipt = null);
