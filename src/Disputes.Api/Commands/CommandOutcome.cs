using Disputes.Api.Views;
using Disputes.Domain;
using Disputes.Projections;

namespace Disputes.Api.Commands;

// What a command did, as data: endpoints turn it into HTTP in one place (CommandResponses), never via exceptions.
public abstract record CommandOutcome;

// Appended is false for a repeat that changed nothing (a retried request): same view, same version.
// Created: this command started the stream.
public sealed record Written(DisputeView View, bool Appended, bool Created = false) : CommandOutcome;

public sealed record CommandRefused(Refusal Refusal) : CommandOutcome;

public sealed record VersionMismatch(Guid DisputeId, long ExpectedVersion) : CommandOutcome;

// The Idempotency-Key was seen before with this very request: the first response, again.
public sealed record Replayed(StoredResponse Response) : CommandOutcome;

// The Idempotency-Key was first used for a different request.
public sealed record IdempotencyKeyReused(string Key) : CommandOutcome;
