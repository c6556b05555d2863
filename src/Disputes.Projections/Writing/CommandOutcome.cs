using Disputes.Domain;

namespace Disputes.Projections.Writing;

// What a command did, as domain data: the edge turns it into a response in one place, never via exceptions.
public abstract record CommandOutcome;

// The dispute as decided and the version it is at. Appended is false for a repeat that changed nothing (a retried
// request): same state, same version. Created: this command started the stream.
public sealed record Written(Dispute State, long Version, bool Appended, bool Created = false) : CommandOutcome;

public sealed record CommandRefused(Refusal Refusal) : CommandOutcome;

public sealed record VersionMismatch(Guid DisputeId, long ExpectedVersion) : CommandOutcome;

// The database refused a second open dispute on the order (OpenDisputesByOrder); DisputeId is the one holding it.
public sealed record OrderHasOpenDispute(string OrderId, Guid DisputeId) : CommandOutcome;

// The Idempotency-Key was seen before with this very request: the first reply, again, as the edge recorded it.
public sealed record Replayed(IdempotentReply Reply) : CommandOutcome;

// The Idempotency-Key was first used for a different request.
public sealed record IdempotencyKeyReused(string Key) : CommandOutcome;
