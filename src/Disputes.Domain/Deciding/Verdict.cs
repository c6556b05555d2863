namespace Disputes.Domain;

// Decide's answer: the events to append (possibly none, for a repeat that changes nothing) or a typed refusal.
// A verdict on a command, not a mediator's decision on a dispute (RecordDecision, MediatorDecisionRecorded).
public abstract record Verdict
{
    public static Verdict Accept(IReadOnlyList<IDisputeEvent> events) => new Accepted(events);
    public static Verdict Nothing { get; } = new Accepted([]);
    public static Verdict Refuse(Refusal refusal) => new Refused(refusal);
}

public sealed record Accepted(IReadOnlyList<IDisputeEvent> Events) : Verdict;

public sealed record Refused(Refusal Refusal) : Verdict;
