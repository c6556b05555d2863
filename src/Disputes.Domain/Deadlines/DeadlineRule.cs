using NodaTime;

namespace Disputes.Domain;

// Everything one clock of the policy is: one entry of DeadlineRules. Built only there (the constructor is internal
// and takes every part), so a new clock cannot leave one out.
public sealed class DeadlineRule
{
    internal DeadlineRule(
        DeadlineKind kind,
        string name,
        string label,
        DisputeAction trigger,
        Func<Dispute, bool> runs,
        Func<Dispute, DisputePolicy, ClockBasis?> basis,
        DisputeAction[] bounds,
        Func<DisputePolicy, string> consequence,
        Func<Dispute, ExpireDeadline, Instant, DisputePolicy, IReadOnlyList<IDisputeEvent>> expire,
        Func<Dispute, Party?> owner)
    {
        Owner = owner;
        Kind = kind;
        Name = name;
        Label = label;
        Trigger = trigger;
        Runs = runs;
        Basis = basis;
        Bounds = bounds;
        Consequence = consequence;
        Expire = expire;
    }

    public DeadlineKind Kind { get; }

    // Recorded on every DeadlineScheduled (Deadline.Rule) and quoted by clients: wire format, never renamed.
    public string Name { get; }

    // How guards and refusals name it: "before the {Label} deadline".
    public string Label { get; }

    // The machine's trigger the scheduler fires, through ExpireDeadline, when it runs out.
    public DisputeAction Trigger { get; }

    // Whether a dispute in this state runs the clock.
    public Func<Dispute, bool> Runs { get; }

    // Where the clock counts from and for how long; null when the state holds nothing to count from.
    public Func<Dispute, DisputePolicy, ClockBasis?> Basis { get; }

    // The actions whose allowed-until is this clock's due instant (the earliest, when several bound one).
    public IReadOnlyList<DisputeAction> Bounds { get; }

    // What running out costs, in words, for responses, the queue and docs/lifecycle.md.
    public Func<DisputePolicy, string> Consequence { get; }

    // The party whose answer the clock waits for, who may ask to extend it; null for clocks nobody may extend
    // (the platform's own: the negotiation limit, the mediator's SLA, the appeal window).
    public Func<Dispute, Party?> Owner { get; }

    // The events running out appends after DeadlineExpired; the decider has checked it is due, running and the engine's.
    internal Func<Dispute, ExpireDeadline, Instant, DisputePolicy, IReadOnlyList<IDisputeEvent>> Expire { get; }
}
