namespace Disputes.Reliability;

// An event as the auditor feed shows it: enough to tie it to the request (correlation id, idempotency key)
// and to its place in the stream.
public sealed record StoredEvent(long Sequence, Guid DisputeId, long Version, string Type, string? CorrelationId, string? IdempotencyKey);
