using NodaTime;

namespace Disputes.Domain;

// A closed dispute on the same order, as the write path finds it; the reopening rule of the policy judges it.
// ProtectionEndsAt: the order's buyer protection as that dispute left it (extended, perhaps), which a reopening keeps.
public sealed record EarlierDispute(Guid DisputeId, DisputeOutcome Outcome, Instant ClosedAt, Instant? ProtectionEndsAt = null);
