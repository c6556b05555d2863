using NodaTime;

namespace Disputes.Domain;

public sealed record ExtensionRequest(DeadlineKind Kind, Duration Length, string Reason, Party RequestedBy, Instant RequestedAt);
