namespace Disputes.Api.Commands;

// What the HTTP edge knows about the current command besides its payload: who called, the version the client
// saw, its idempotency key and the correlation id that ties the resulting events to this request. Scoped;
// filled by CommandContextFilter (or by the deadline scheduler for its own commands).
public sealed class RequestContext
{
    // Required for every write: an event nobody can be named as the cause of is not appended.
    public Caller? Caller { get; set; }
    public long? ExpectedVersion { get; set; }
    public IdempotencyRequest? Idempotency { get; set; }
    public string CorrelationId { get; set; } = Guid.CreateVersion7().ToString();
}

// Key is already scoped to the caller; Fingerprint identifies the request it was first used for.
public sealed record IdempotencyRequest(string Key, string Fingerprint);
