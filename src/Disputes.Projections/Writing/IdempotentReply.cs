namespace Disputes.Projections.Writing;

// The first reply to a request with an Idempotency-Key, kept so a retry gets exactly it. Its shape (status, headers,
// bytes) belongs to the edge that renders it; the write path only carries it back.
public abstract record IdempotentReply;
