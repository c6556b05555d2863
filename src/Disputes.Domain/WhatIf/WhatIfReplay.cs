using NodaTime;

namespace Disputes.Domain;

// What would have happened to one stored dispute under a candidate policy. The commands behind the stored events
// (CommandReconstruction) are decided again at their original instants, once under the dispute's own policy (which
// tells where each stored step ends) and once under the candidate (its overrides over that own policy, with the
// candidate's clocks). The replay follows the stored path while the candidate agrees with it and stops at the first
// divergence: a candidate clock that would run out before the next recorded step, a recorded expiry that would not
// happen, a recorded action the candidate refuses, or a step that leads elsewhere. What the parties would have done
// after that is unknowable, so nothing is guessed. Pure and read-only.
public static class WhatIfReplay
{
    public static DisputeWhatIf Run(IReadOnlyList<IDisputeEvent> stream, PolicySettings candidate, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(candidate);
        if (stream is not [DisputeOpened opened, ..])
            throw new ArgumentException("A dispute's history starts with DisputeOpened.", nameof(stream));

        var steps = StoredSteps(stream, opened.Policy, out var stored, out var settledByClock, out var unreplayable);
        var storedFacts = ResolutionFacts.Of(stored, Breached(stream), settledByClock);
        if (unreplayable is not null)
            return Result(opened, stored, storedFacts, storedFacts, null, unreplayable);

        // A candidate that cannot form a valid policy over this dispute's own is refused before any replay
        // (WhatIfRequest.Validate); over another own policy it still can fail, and that dispute says so.
        DisputePolicy policy;
        try
        {
            policy = DisputePolicy.FromSettings(candidate, opened.Policy);
        }
        catch (PolicyConfigurationException e)
        {
            return Result(opened, stored, storedFacts, storedFacts, null, e.Message);
        }

        Dispute? s = null, c = null;
        var cBreached = false;
        foreach (var step in steps)
        {
            var at = stream[step.Position].At;
            var version = step.Position + 1L;
            var type = stream[step.Position].GetType().Name;
            var command = step.Command;

            // A clock of the candidate that runs out first, unless the stored dispute had it run out by then too
            // (the scheduler fires a little after the due instant; the stored history shows what came first).
            var expiring = (command as ExpireDeadline)?.Kind;
            if (c is not null && FirstClockOnlyTheCandidateRunsOut(c, s!, at, expiring) is { } due)
                return ClockFired(opened, stored, storedFacts, c, cBreached, due, version, type,
                    $"{due.Kind} would run out at {due.DueAt} under the candidate, before {type} at {at}.");

            if (command is ExpireDeadline expiry)
            {
                var running = c!.Deadlines.GetValueOrDefault(expiry.Kind);
                if (running is null || running.DueAt > at)
                    return Diverged(opened, stored, storedFacts, ResolutionFacts.Of(c, cBreached, false),
                        new Divergence(version, type, DivergenceKind.ExpiryRemoved, at, running is null
                            ? $"{expiry.Kind} ran out at {at}; under the candidate it is not running then."
                            : $"{expiry.Kind} ran out at {at}; under the candidate it would be due at {running.DueAt}.", []));
                command = expiry with { DueAt = running.DueAt };
            }

            var verdict = DisputeDecider.Decide(command, c, at, c?.Policy ?? policy);
            if (verdict is Refused refused)
                return Diverged(opened, stored, storedFacts, ResolutionFacts.Of(c!, cBreached, false),
                    new Divergence(version, type, DivergenceKind.ActionRefused, at,
                        $"{command.GetType().Name} is refused under the candidate ({refused.Refusal.Rule}): {refused.Refusal.Message}", []));

            var events = ((Accepted)verdict).Events;
            var nextC = events.Aggregate(c, DisputeEvolver.Evolve)!;
            var nextS = step.After;
            cBreached |= events.OfType<MediationSlaBreached>().Any();
            if (nextC.Status != nextS.Status || nextC.Outcome != nextS.Outcome)
                return Diverged(opened, stored, storedFacts,
                    ResolutionFacts.Of(nextC, cBreached, command is ExpireDeadline && !Settled(c) && Settled(nextC)),
                    new Divergence(version, type, DivergenceKind.ConsequenceDiffers, at,
                        $"{command.GetType().Name} leads to {Where(nextC)} under the candidate instead of {Where(nextS)}.", Names(events)));
            (s, c) = (nextS, nextC);
        }

        // The history has ended; a candidate clock that would have run out by now where the stored one has not.
        if (FirstClockOnlyTheCandidateRunsOut(c!, s!, asOf, null) is { } late)
            return ClockFired(opened, stored, storedFacts, c!, cBreached, late, stream.Count + 1L, "(end of history)",
                $"{late.Kind} would run out at {late.DueAt} under the candidate; the stored history has no step after {stream[^1].At}.");

        return Result(opened, stored, storedFacts, storedFacts, null, null);
    }

    // One stored verdict: where it starts, the command read back, and the stored dispute after it.
    private sealed record Step(int Position, IDisputeCommand Command, Dispute After);

    // The stored history cut into its verdicts by deciding each read-back command again under the dispute's own
    // policy; a history that departs from today's rules cannot be replayed (events replay-check says where). On the
    // way it learns whether the verdict that settled the dispute was a clock's.
    private static List<Step> StoredSteps(
        IReadOnlyList<IDisputeEvent> stream, DisputePolicy own, out Dispute state, out bool settledByClock, out string? unreplayable)
    {
        var steps = new List<Step>();
        Dispute? s = null;
        settledByClock = false;
        var settled = false;
        unreplayable = null;
        for (var position = 0; position < stream.Count;)
        {
            var stored = stream[position];
            var command = CommandReconstruction.At(stream, position);
            var events = command is null ? null : (DisputeDecider.Decide(command, s, stored.At, s?.Policy ?? own) as Accepted)?.Events;
            if (events is null || events.Count == 0 || position + events.Count > stream.Count
                || events.Where((e, k) => e.GetType() != stream[position + k].GetType()).Any())
            {
                unreplayable = $"The stored history departs from today's rules at version {position + 1} ({stored.GetType().Name}); "
                    + "`events replay-check` tells how.";
                break;
            }

            // Fold what is stored, not what was decided again: the stored facts are the record.
            var before = s;
            for (var k = 0; k < events.Count; k++)
                s = DisputeEvolver.Evolve(s, stream[position + k]);
            if (!settled && !Settled(before) && Settled(s))
                (settled, settledByClock) = (true, command is ExpireDeadline);
            steps.Add(new Step(position, command!, s!));
            position += events.Count;
        }

        // Facts of the unreplayable rest still come from everything stored.
        state = unreplayable is null ? s! : stream.Aggregate((Dispute?)null, DisputeEvolver.Evolve)!;
        return steps;
    }

    private static Deadline? FirstClockOnlyTheCandidateRunsOut(Dispute candidate, Dispute stored, Instant by, DeadlineKind? firing) =>
        candidate.Deadlines.Values
            .Where(d => d.DueAt <= by && d.Kind != firing
                && !(stored.Deadlines.TryGetValue(d.Kind, out var s) && s.DueAt <= by))
            .OrderBy(d => d.DueAt).ThenBy(d => d.Kind)
            .FirstOrDefault();

    private static DisputeWhatIf ClockFired(
        DisputeOpened opened, Dispute stored, ResolutionFacts storedFacts, Dispute c, bool cBreached, Deadline due, long version, string type, string message)
    {
        var events = DisputeDecider.Decide(new ExpireDeadline(c.Id, due.Kind, due.DueAt, Actor.System), c, due.DueAt, c.Policy) is Accepted a ? a.Events : [];
        var after = events.Aggregate(c, DisputeEvolver.Evolve);
        var facts = ResolutionFacts.Of(after, cBreached || events.OfType<MediationSlaBreached>().Any(), !Settled(c) && Settled(after));
        return Diverged(opened, stored, storedFacts, facts,
            new Divergence(version, type, DivergenceKind.ClockFiredInstead, due.DueAt, $"{message} Instead: {Where(after)}.", Names(events)));
    }

    private static DisputeWhatIf Diverged(DisputeOpened opened, Dispute stored, ResolutionFacts storedFacts, ResolutionFacts candidate, Divergence divergence) =>
        Result(opened, stored, storedFacts, candidate, divergence, null);

    private static DisputeWhatIf Result(
        DisputeOpened opened, Dispute stored, ResolutionFacts storedFacts, ResolutionFacts candidate, Divergence? divergence, string? unreplayable) =>
        new(opened.DisputeId, opened.Reason, opened.SellerId, opened.At, stored.Policy.Calendar, storedFacts, candidate, divergence, unreplayable);

    private static bool Breached(IReadOnlyList<IDisputeEvent> stream) => stream.OfType<MediationSlaBreached>().Any();

    private static bool Settled(Dispute? d) => ResolutionFacts.IsSettled(d);

    private static string Where(Dispute d) => d.Outcome is { } outcome ? $"{d.Status} ({outcome})" : d.Status.ToString();

    private static IReadOnlyList<string> Names(IEnumerable<IDisputeEvent> events) => events.Select(e => e.GetType().Name).ToList();
}
