using Disputes.Api.Http;
using NodaTime;

namespace Disputes.Api.Idempotency;

// One Idempotency-Key, saved in the same transaction as the events its request appended (or alone, when
// it appended none). The key is the document id, so a concurrent duplicate fails on the primary key.
public sealed class IdempotencyRecord
{
    public string Id { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public Guid DisputeId { get; set; }
    public Instant CreatedAt { get; set; }
    public StoredResponse Response { get; set; } = null!;
}
