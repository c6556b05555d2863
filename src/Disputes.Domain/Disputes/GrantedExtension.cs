using NodaTime;

namespace Disputes.Domain;

// Extra time on one run of a clock: ClockFrom is the instant that run counts from, so a later run of the same kind of
// clock (a new offer's reply window) starts without it.
public sealed record GrantedExtension(DeadlineKind Kind, Instant ClockFrom, Duration Length, Actor GrantedBy, Instant GrantedAt);
