using NodaTime;

namespace Disputes.Domain;

// The retention clock of a closed dispute ran out: the files it held are deleted with this event (bytes still held
// by another dispute stay for that one).
public sealed record EvidenceFilesExpired(
    Guid DisputeId,
    IReadOnlyList<CitedEvidence> Files,
    Actor By,
    Instant At) : IDisputeEvent;
