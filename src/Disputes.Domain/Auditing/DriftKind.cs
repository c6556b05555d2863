namespace Disputes.Domain;

// How a stored history parts ways with today's rules.
public enum DriftKind
{
    // Today's decider refuses the command behind a stored event.
    Refused,

    // Today's decider accepts the command but decides other events than the stored ones (count, type or content).
    ConsequenceMismatch,

    // The stored event starts no command at that point: nothing today's decider does could have appended it there.
    NoCommand,

    // The decider or the evolver threw on the history; a bug to fix, reported rather than ending the whole check.
    ReplayFailed,
}
