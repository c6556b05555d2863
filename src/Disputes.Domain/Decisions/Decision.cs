namespace Disputes.Domain;

// Decide's answer: the events to append (possibly none, for a repeat that changes nothing) or a typed refusal.
public abstract record Decision
{
    public static Decision Accept(IReadOnlyList<IDisputeEvent> events) => new Accepted(events);
    public static Decision Nothing { get; } = new Accepted([]);
    public static Decision Refuse(Refusal refusal) => new Refused(refusal);
}

public sealed record Accepted(IReadOnlyList<IDisputeEvent> Events) : Decision;

public sealed record Refused(Refusal Refusal) : Decision;
