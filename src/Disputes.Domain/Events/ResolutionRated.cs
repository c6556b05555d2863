using NodaTime;

namespace Disputes.Domain;

// The outcome rated and the mediator whose decision settled it (null: settled without a decision) travel with the
// rating, so statistics credit the rating without reading the rest of the stream.
public sealed record ResolutionRated(
    Guid DisputeId,
    Party Party,
    int Score,
    string? Comment,
    DisputeOutcome Outcome,
    string? DecidedBy,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
