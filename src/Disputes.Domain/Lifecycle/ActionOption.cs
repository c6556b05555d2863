using NodaTime;

namespace Disputes.Domain;

// An action someone may take now, and the instant until which they may (null: no clock bounds it).
public sealed record ActionOption(DisputeAction Action, Instant? Until);
