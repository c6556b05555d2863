namespace Disputes.Projections.Writing;

// What the write path needs to know about the current command besides its payload: who called, the version the
// caller saw, its idempotency key and the correlation id that ties the resulting events to the request. Scoped;
// filled by the edge that received the command (an HTTP request's filter, the deadline scheduler).
public sealed class CommandContext
{
    // Required for every write: an event nobody can be named as the cause of is not appended.
    public Caller? Caller { get; set; }
    public long? ExpectedVersion { get; set; }
    public IdempotencyRequest? Idempotency { get; set; }
    public string CorrelationId { get; set; } = Guid.CreateVersion7().ToString();
}

// Key is already scoped to the caller; Fingerprint identifies the request it was first used for.
public sealed record IdempotencyRequest(string Key, string Fingerprint);
