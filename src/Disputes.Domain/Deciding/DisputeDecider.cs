using NodaTime;

namespace Disputes.Domain;

// Decide(command, state, now, policy) → events or a typed refusal. Pure: the caller supplies the instant
// and the policy version recorded on the dispute (the current one for an opening).
public static class DisputeDecider
{
    public static Verdict Decide(IDisputeCommand command, Dispute? state, Instant now, DisputePolicy policy)
    {
        // Who acts is recorded on every event, so it must be storable text like any other field.
        var actor = new FieldErrors();
        actor.RequiredLine("actingAs.id", command.By.Id, OpeningRules.MaxIdLength);
        if (actor.ToRefusal() is { } invalidActor)
            return Verdict.Refuse(invalidActor);

        switch (command, state)
        {
            case (OpenDispute open, null):
                return OpeningRules.Decide(open, now, policy);
            case (OpenDispute open, not null):
                return OpeningRules.IsSameOpening(open, state)
                    ? Verdict.Nothing
                    : Verdict.Refuse(new Refusal(RefusalKind.DisputeAlreadyExists, "dispute-already-exists",
                        $"Dispute {state.Id} already exists with different details.", []));
            case (_, null):
                return Verdict.Refuse(new Refusal(RefusalKind.DisputeNotFound, "dispute-not-found",
                    $"Dispute {command.DisputeId} does not exist.", []));
            case (ExpireDeadline expiry, not null):
                return ExpiryRules.Decide(expiry, state, now, policy);
        }

        if (Repeats.ChangesNothing(command, state, now, policy))
            return Verdict.Nothing;

        var machine = DisputeMachine.For(state, now, policy);
        var permission = machine.Check(command.Action, command.By);
        if (!permission.Allowed)
            return Verdict.Refuse(new Refusal(permission.Kind, RuleName(permission.Kind), permission.Reason, machine.PermittedFor(command.By)));

        if (InputRules.Check(command, state, policy) is { } invalid)
            return Verdict.Refuse(invalid);

        return Verdict.Accept(WithDeadlines(state, TextLanguages.Stamp(command, Transitions.Of(command, state, now, policy)), now, policy));
    }

    // Appends the deadline changes the transition implies: clocks the new state no longer runs are cancelled,
    // new ones scheduled. Deriving them from the resulting state means no transition can forget a clock.
    internal static IReadOnlyList<IDisputeEvent> WithDeadlines(Dispute? before, IReadOnlyList<IDisputeEvent> events, Instant now, DisputePolicy policy)
    {
        if (events.Count == 0)
            return events;

        var after = events.Aggregate(before, DisputeEvolver.Evolve)!;
        var required = DeadlineRules.Required(after, policy).ToDictionary(d => d.Kind);
        var system = Actor.System;
        var result = new List<IDisputeEvent>(events);

        foreach (var running in after.Deadlines.Values.OrderBy(d => d.Kind))
            if (!required.TryGetValue(running.Kind, out var wanted) || wanted.DueAt != running.DueAt)
                result.Add(new DeadlineCancelled(after.Id, running.Kind, running.DueAt, system, now));

        foreach (var wanted in required.Values.OrderBy(d => d.Kind))
            if (!after.Deadlines.TryGetValue(wanted.Kind, out var running) || running.DueAt != wanted.DueAt)
                result.Add(new DeadlineScheduled(after.Id, wanted.Kind, wanted.DueAt, wanted.Rule, wanted.PolicyVersion, system, now));

        return result;
    }

    // Public so "why may they not" explanations name the same rule a refusal would.
    public static string RuleName(RefusalKind kind) => kind switch
    {
        RefusalKind.WrongActor => "actor-not-permitted",
        RefusalKind.DeadlinePassed => "deadline-passed",
        RefusalKind.LimitReached => "limit-reached",
        _ => "action-not-allowed-in-state",
    };
}
