using NodaTime;

namespace Disputes.Domain;

// A closed dispute on the same order, as the write path finds it; the reopening rule of the policy judges it.
public sealed record EarlierDispute(Guid DisputeId, DisputeOutcome Outcome, Instant ClosedAt);
