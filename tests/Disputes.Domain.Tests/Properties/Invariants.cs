using System.Collections.Immutable;
using NodaTime;

namespace Disputes.Domain.Tests;

internal sealed class InvariantViolation(string invariant, string detail) : Exception($"{invariant}: {detail}")
{
    public string Invariant { get; } = invariant;
}

// What must hold after every step of any sequence, whatever the commands were.
internal static class Invariants
{
    public const string Money = "money: refunds within the amount paid, one currency";
    public const string ClosedIsFinal = "a closed dispute never changes but for its files expiring, its parties' ratings and translations of its texts";
    public const string Replays = "history replays from JSON to the same state";
    public const string EventStamps = "events carry the dispute id, an actor and the command's instant";
    public const string DeadlinesFollowRules = "running deadlines equal DeadlineRules.Required";
    public const string WayOut = "every open dispute has a way out";
    public const string RepeatIsHarmless = "a repeated command changes nothing";
    public const string ClockFires = "a running clock fires at or after its due instant";
    public const string NoExceptions = "Decide and Evolve never throw";
    public const string ClockBasisExplains = "each running clock's basis (start + length) adds up to its due instant";
    public const string MachineDestination = "an accepted command leaves the dispute in the status the machine's table names for it";

    // Save for its retention clock deleting the files it held: that is recorded, and changes nothing else.
    public static void ClosedStaysClosed(Dispute? before, Verdict verdict)
    {
        if (before?.Status == DisputeStatus.Closed && verdict is Accepted { Events.Count: > 0 } accepted
            && !accepted.Events.All(e => e is EvidenceFilesExpired or DeadlineExpired { Kind: DeadlineKind.EvidenceRetention } or ResolutionRated or TextTranslated))
            Fail(ClosedIsFinal, $"a closed dispute accepted {Names(accepted.Events)}");
    }

    // Checked event by event against the state just before it, so a refund is compared with what was refundable at that moment.
    public static void Event(IDisputeEvent e, Dispute? before, Guid disputeId, Instant now)
    {
        if (e.DisputeId != disputeId)
            Fail(EventStamps, $"{e.GetType().Name} has dispute id {e.DisputeId}, expected {disputeId}");
        if (e.By is null || string.IsNullOrWhiteSpace(e.By.Id))
            Fail(EventStamps, $"{e.GetType().Name} has no actor");
        if (e.At != now)
            Fail(EventStamps, $"{e.GetType().Name} is stamped {e.At}, the command arrived at {now}");

        var paid = (e as DisputeOpened)?.AmountPaid ?? before!.AmountPaid;
        foreach (var (name, amount) in AmountsIn(e))
            SameCurrency(name, amount, paid.Currency);

        if (before is null)
            return;
        switch (e)
        {
            case RefundRequested r when r.Amount.Amount <= 0 || r.Amount > before.Refundable:
                Fail(Money, $"RefundRequested {r.Amount} while {before.Refundable} was refundable");
                break;
            case SellerOfferMade or BuyerAcceptedOffer or ReturnAuthorised or MediatorDecisionRecorded or DecisionFinalized
                when AmountsIn(e).Single().Amount is var promised && (promised.Amount < 0 || promised > before.Refundable):
                Fail(Money, $"{e.GetType().Name} promises {promised} while {before.Refundable} is refundable");
                break;
            case DisputeClosed c when c.Refunded != before.Refunded:
                Fail(Money, $"DisputeClosed reports {c.Refunded} refunded, the dispute has {before.Refunded}");
                break;
        }
    }

    public static void State(Dispute d, DisputePolicy policy)
    {
        SameCurrency(nameof(d.Refunded), d.Refunded, d.AmountPaid.Currency);
        SameCurrency(nameof(d.RequestedRefund), d.RequestedRefund, d.AmountPaid.Currency);
        if (d.PendingOffer is { } offer)
            SameCurrency("PendingOffer.RefundAmount", offer.RefundAmount, d.AmountPaid.Currency);
        if (d.Decision is { } decision)
            SameCurrency("Decision.RefundAmount", decision.RefundAmount, d.AmountPaid.Currency);
        if (d.Return is { } @return)
            SameCurrency("Return.RefundAmount", @return.RefundAmount, d.AmountPaid.Currency);
        if (d.Refund is { } refund)
            SameCurrency("Refund.Amount", refund.Amount, d.AmountPaid.Currency);
        if (d.Refunded.IsNegative || d.Refunded > d.AmountPaid)
            Fail(Money, $"refunded {d.Refunded} of {d.AmountPaid} paid");
        if (d.Status == DisputeStatus.Closed && d.Outcome == DisputeOutcome.BuyerFavoured && d.Refunded != d.AmountPaid)
            Fail(Money, $"closed in the buyer's favour with {d.Refunded} of {d.AmountPaid} refunded");

        var running = d.Deadlines.Values.OrderBy(x => x.Kind).ToList();
        var required = DeadlineRules.Required(d, policy).OrderBy(x => x.Kind).ToList();
        if (!running.SequenceEqual(required))
            Fail(DeadlinesFollowRules, $"status {d.Status}: running [{Describe(running)}], required [{Describe(required)}]");
        foreach (var clock in running)
            if (DeadlineRules.BasisOf(DeadlineRules.Of(clock.Kind), d, policy)?.DueAt(policy) is var explained && explained != clock.DueAt)
                Fail(ClockBasisExplains, $"{clock.Kind} is due {clock.DueAt}, its basis says {explained?.ToString() ?? "nothing"}");
    }

    public static void Replay(Dispute incremental, IReadOnlyList<IDisputeEvent> historyFromJson)
    {
        var replayed = DisputeEvolver.Fold(historyFromJson);
        if (!SameState(incremental, replayed))
            Fail(Replays, $"\n  incremental: {DisputeJson.Serialize(incremental)}\n  replayed:    {DisputeJson.Serialize(replayed)}");
    }

    // Record equality compares the immutable collections by reference, so they are compared by content and
    // blanked out for the rest; a collection property added later makes this fail loudly, never pass silently.
    private static bool SameState(Dispute a, Dispute b) =>
        a.ExcludedMediators.SequenceEqual(b.ExcludedMediators)
        && a.Deadlines.Count == b.Deadlines.Count
        && a.Deadlines.All(d => b.Deadlines.TryGetValue(d.Key, out var other) && other == d.Value)
        && a.EvidenceIds.SetEquals(b.EvidenceIds)
        && a.MessageIds.SetEquals(b.MessageIds)
        && a.Extensions.SequenceEqual(b.Extensions)
        && a.Evidence.SequenceEqual(b.Evidence)
        && a.Ratings.SequenceEqual(b.Ratings)
        && a.Texts.Count == b.Texts.Count
        && a.Texts.All(t => b.Texts.TryGetValue(t.Key, out var other) && other.Sha256 == t.Value.Sha256 && other.Language == t.Value.Language
            && other.Translations.SequenceEqual(t.Value.Translations))
        && (a.EvidenceRequest?.Required ?? []).SequenceEqual(b.EvidenceRequest?.Required ?? [])
        && (a.Decision?.Considered ?? []).SequenceEqual(b.Decision?.Considered ?? [])
        && WithoutCollections(a) == WithoutCollections(b);

    private static Dispute WithoutCollections(Dispute d) =>
        d with
        {
            ExcludedMediators = ImmutableList<string>.Empty,
            Ratings = ImmutableList<ResolutionRating>.Empty,
            Texts = ImmutableDictionary<long, TranslatableText>.Empty,
            Deadlines = ImmutableDictionary<DeadlineKind, Deadline>.Empty,
            EvidenceIds = ImmutableHashSet<Guid>.Empty,
            MessageIds = ImmutableHashSet<Guid>.Empty,
            Extensions = [],
            Evidence = ImmutableList<EvidenceItem>.Empty,
            EvidenceRequest = d.EvidenceRequest is { } request ? request with { Required = [] } : null,
            Decision = d.Decision is { } decision ? decision with { Considered = [] } : null,
        };

    public static void EventSurvivesJson(IDisputeEvent original, IDisputeEvent loaded, string json)
    {
        if (DisputeJson.Serialize(loaded) != json)
            Fail(Replays, $"{original.GetType().Name} changes on a JSON round trip: {json} became {DisputeJson.Serialize(loaded)}");
    }

    // The diagram and GET /lifecycle draw the machine's destinations, the evolver decides the real status: they
    // must agree for every branch a command can take, or the published lifecycle lies.
    public static void LandsWhereTheMachineSays(IDisputeCommand command, Dispute? before, Instant now, DisputePolicy policy, Dispute after)
    {
        // An opening has no dispute to check the buyer against (OpeningRules does that): its row has one branch.
        var declared = before is null
            ? DisputeMachine.Table().Single(t => t.From == DisputeStatus.None && t.Action == command.Action).To
            : DisputeMachine.For(before, now, policy).Destination(command);
        if (declared != after.Status)
            Fail(MachineDestination, $"{command.Action} by {command.By} in {before?.Status ?? DisputeStatus.None}: "
                + $"the machine says {declared?.ToString() ?? "no branch"}, the events lead to {after.Status}");
    }

    // A running clock, or a party who can move the case on. Messages and extra evidence do not count: they
    // leave the dispute where it is. That a running clock really fires is ClockFires, checked on every expiry.
    public static void HasWayOut(Dispute d, Instant now, DisputePolicy policy)
    {
        if (d.Status == DisputeStatus.Closed || !d.Deadlines.IsEmpty)
            return;
        var machine = DisputeMachine.For(d, now, policy);

        var mediators = d.MediatorId is { } assigned ? [Actor.Mediator(assigned)] : SequenceCast.Mediators;
        foreach (var actor in (Actor[])[SequenceCast.Buyer, SequenceCast.Seller, SequenceCast.Platform, .. mediators])
            if (machine.PermittedFor(actor).Any(a => a != DisputeAction.PostMessage && (a != DisputeAction.AddEvidence || d.Status == DisputeStatus.AwaitingEvidence)))
                return;

        Fail(WayOut, $"status {d.Status} has no running clock and nobody can move it on");
    }

    // Repeating a command that just took effect must be refused or change nothing. Only a message or a piece of
    // evidence is a new fact each time (the domain keeps no ids to deduplicate them), and even then only the
    // fact itself: a second EvidenceAdded must not answer the evidence request again.
    public static void RepeatChangesNothing(IDisputeCommand command, Verdict repeat)
    {
        if (repeat is not Accepted { Events.Count: > 0 } accepted)
            return;
        var legitimate = command switch
        {
            PostMessage => accepted.Events is [MessagePosted],
            AddEvidence => accepted.Events is [EvidenceAdded],
            _ => false,
        };
        if (!legitimate)
            Fail(RepeatIsHarmless, $"the same {command.GetType().Name} again yields {Names(accepted.Events)}");
    }

    // The scheduler's expiry of a running clock, at or after its due instant, must take effect: otherwise the
    // dispute would wait forever on a clock that cannot run out.
    public static void DueClockFires(IDisputeCommand command, Dispute? before, Instant now, Verdict verdict)
    {
        if (command is not ExpireDeadline { By.Kind: ActorKind.System } expiry || before is null
            || !before.Deadlines.TryGetValue(expiry.Kind, out var running) || running.DueAt != expiry.DueAt || now < running.DueAt)
            return;
        if (verdict is not Accepted { Events: [DeadlineExpired, _, ..] })
            Fail(ClockFires, $"{expiry.Kind} due {running.DueAt} fired at {now} in {before.Status}: {verdict}");
    }

    public static string Names(IEnumerable<IDisputeEvent> events) => "[" + string.Join(", ", events.Select(e => e.GetType().Name)) + "]";

    private static IEnumerable<(string Name, Money Amount)> AmountsIn(IDisputeEvent e) => e switch
    {
        DisputeOpened o => [("AmountPaid", o.AmountPaid), ("RequestedRefund", o.RequestedRefund)],
        SellerOfferMade o => [("RefundAmount", o.RefundAmount)],
        BuyerCounterOffered o => [("RefundAmount", o.RefundAmount)],
        PlatformSolutionProposed o => [("RefundAmount", o.RefundAmount)],
        SellerAcceptedCounterOffer o => [("RefundAmount", o.RefundAmount)],
        BuyerAcceptedOffer o => [("RefundAmount", o.RefundAmount)],
        ReturnAuthorised o => [("RefundAmount", o.RefundAmount)],
        MediatorDecisionRecorded o => [("RefundAmount", o.RefundAmount)],
        DecisionFinalized o => [("RefundAmount", o.RefundAmount)],
        RefundRequested o => [("Amount", o.Amount)],
        RefundSucceeded o => [("Amount", o.Amount)],
        DisputeClosed o => [("Refunded", o.Refunded)],
        _ => [],
    };

    private static void SameCurrency(string name, Money amount, string currency)
    {
        if (amount.Currency != currency)
            Fail(Money, $"{name} is {amount}, the dispute was paid in {currency}");
    }

    private static string Describe(IEnumerable<Deadline> deadlines) =>
        string.Join(", ", deadlines.Select(d => $"{d.Kind}@{d.DueAt} ({d.Rule}, {d.PolicyVersion})"));

    private static void Fail(string invariant, string detail) => throw new InvariantViolation(invariant, detail);
}
