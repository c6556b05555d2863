using Disputes.Api.Views;
using Disputes.Domain;

namespace Disputes.Api.Commands;

// What a command did, as data: endpoints turn it into HTTP in one place (DisputeResults), never via exceptions.
public abstract record CommandOutcome;

// Appended is false for a repeat that changed nothing (a retried request): same view, same version.
public sealed record Written(DisputeView View, bool Appended) : CommandOutcome;

public sealed record CommandRefused(Refusal Refusal) : CommandOutcome;

public sealed record VersionMismatch(Guid DisputeId, long ExpectedVersion) : CommandOutcome;
