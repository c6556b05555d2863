using NodaTime;

namespace Disputes.Domain;

// The first place a dispute's replay under a candidate policy leaves its stored history. Version is the stored
// event where it happens (one past the last event when a clock would run out after the history ends); At when;
// Instead the event types the candidate decides there. The replay stops here: what the parties would have done
// next is unknowable.
public sealed record Divergence(
    long Version,
    string EventType,
    DivergenceKind Kind,
    Instant At,
    string Message,
    IReadOnlyList<string> Instead);
