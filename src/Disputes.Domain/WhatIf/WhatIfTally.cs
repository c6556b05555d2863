using NodaTime;

namespace Disputes.Domain;

// Adds up per-dispute what-if results into a WhatIfReport; one tally per run, fed in any order, not thread-safe.
public sealed class WhatIfTally
{
    private long disputes, diverged, unreplayable, unknown;
    private readonly Dictionary<DivergenceKind, long> byKind = [];
    private readonly Dictionary<(DisputeReason, string, string), long> outcomes = [];
    private readonly SortedDictionary<string, (long Before, long After)> refunds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<LocalDate, (long Before, long After)> workload = [];
    private long escalationsBefore, escalationsAfter, breachesBefore, breachesAfter, clockBefore, clockAfter;
    private readonly List<Duration> resolvedBefore = [], resolvedAfter = [];

    public void Add(DisputeWhatIf r)
    {
        ArgumentNullException.ThrowIfNull(r);
        disputes++;
        if (r.Unreplayable is not null)
            unreplayable++;
        if (r.Divergence is { } d)
        {
            diverged++;
            byKind[d.Kind] = byKind.GetValueOrDefault(d.Kind) + 1;
        }

        var known = r.CandidateKnown;
        if (!known && r.Unreplayable is null)
            unknown++;
        var from = r.Stored.Standing;
        // An unreplayable history says nothing about the candidate: it stays as stored, counted apart.
        var to = r.Unreplayable is not null ? from : known ? r.Candidate.Standing : "Unknown";
        if (from != to)
            outcomes[(r.Reason, from, to)] = outcomes.GetValueOrDefault((r.Reason, from, to)) + 1;

        var currency = r.Stored.RefundGranted.Currency;
        var (before, after) = refunds.GetValueOrDefault(currency);
        refunds[currency] = (before + r.Stored.RefundGranted.Amount, after + r.Candidate.RefundGranted.Amount);

        Count(r.Stored.EscalatedAt, r.Calendar, before: true);
        Count(r.Candidate.EscalatedAt, r.Calendar, before: false);
        breachesBefore += r.Stored.SlaBreached ? 1 : 0;
        breachesAfter += r.Candidate.SlaBreached ? 1 : 0;
        clockBefore += r.Stored.DecidedByClock ? 1 : 0;
        clockAfter += r.Candidate.DecidedByClock ? 1 : 0;
        if (r.Stored.ClosedAt is { } closed)
            resolvedBefore.Add(closed - r.OpenedAt);
        if (known && r.Candidate.ClosedAt is { } closedAfter)
            resolvedAfter.Add(closedAfter - r.OpenedAt);
    }

    public WhatIfReport Report() => new(
        disputes, diverged, unreplayable, unknown,
        byKind.OrderBy(k => k.Key).ToDictionary(k => k.Key, k => k.Value),
        outcomes.OrderBy(o => o.Key.Item1).ThenBy(o => o.Key.Item2).ThenBy(o => o.Key.Item3)
            .Select(o => new OutcomeChange(o.Key.Item1, o.Key.Item2, o.Key.Item3, o.Value)).ToList(),
        refunds.Select(r => new RefundTotals(r.Key, r.Value.Before, r.Value.After)).ToList(),
        new BeforeAfter(escalationsBefore, escalationsAfter),
        new BeforeAfter(breachesBefore, breachesAfter),
        new BeforeAfter(clockBefore, clockAfter),
        Times(resolvedBefore),
        Times(resolvedAfter),
        workload.Select(w => new WorkingDayLoad(w.Key, w.Value.Before, w.Value.After)).ToList());

    private void Count(Instant? escalatedAt, MediationCalendar calendar, bool before)
    {
        if (escalatedAt is not { } at)
            return;
        // A case that arrives outside working hours waits for the next window: that is the day it loads.
        var day = calendar.CurrentOrNextWindow(at).Start.InZone(calendar.Zone).Date;
        var (b, a) = workload.GetValueOrDefault(day);
        workload[day] = before ? (b + 1, a) : (b, a + 1);
        if (before)
            escalationsBefore++;
        else
            escalationsAfter++;
    }

    private static ResolutionTimes Times(List<Duration> durations)
    {
        if (durations.Count == 0)
            return new ResolutionTimes(0, null, null);
        durations.Sort();
        return new ResolutionTimes(durations.Count, Percentile(durations, 0.5), Percentile(durations, 0.9));
    }

    // Nearest rank: the smallest value at or above the share asked for.
    private static Duration Percentile(List<Duration> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
