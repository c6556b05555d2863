using System.Text.Json;
using Disputes.Domain;
using Disputes.Projections.Writing;
using NodaTime;

namespace Disputes.Audit.Trail;

// One event as an auditor sees it: where it sits (global sequence, stream version), what it is, who and when
// (the party it acted for, who authenticated to cause it, the domain's own instant beside Marten's commit
// timestamp; caller is null on events written before callers were recorded), why (correlation, causation,
// idempotency key, policy), its link in the stream's hash chain (hash, previousHash: see docs/audit.md), whether
// it is archived (Marten hides archived events from its reads; the audit reads serve them, and verification
// reports them) and the fact itself in the wire JSON shape.
public sealed record AuditEvent(
    long Sequence,
    Guid DisputeId,
    long Version,
    string Type,
    Instant Timestamp,
    Actor Actor,
    Caller? Caller,
    Instant At,
    string? CorrelationId,
    string? CausationId,
    string? IdempotencyKey,
    string? PolicyVersion,
    string? PreviousHash,
    string? Hash,
    bool Archived,
    JsonElement Data);
