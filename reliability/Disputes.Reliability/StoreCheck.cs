namespace Disputes.Reliability;

// The heart of the suite: what clients were told against what the store holds.
//  * every acknowledged (2xx, not replayed) command is one commit in the store: events carrying its correlation id,
//    contiguous in one stream, the last at the version the response's ETag announced;
//  * a refused (4xx) command left no event;
//  * no event without a request behind it (its correlation id is in the ledger) or a deadline (the scheduler's
//    "deadline:" correlation); events of unanswered requests (API killed, timeouts) are counted, not failed:
//    nobody was told either way, and the client's retry with the same Idempotency-Key gets the stored answer;
//  * no idempotency key appended twice (two commits carrying one key).
public sealed record StoreFigures(
    int Events, int Acknowledged, int AcknowledgedMissing, int AnswerVersionWrong, int NotOneCommit, int RefusedButApplied,
    int Orphans, int DeadlineEvents, int UnansweredApplied, int UnansweredNotApplied, int DuplicateKeys, int AcknowledgedNoOps)
{
    public bool Clean => AcknowledgedMissing == 0 && AnswerVersionWrong == 0 && NotOneCommit == 0 && RefusedButApplied == 0 && Orphans == 0 && DuplicateKeys == 0;

    public override string ToString() =>
        $"events={Events} acknowledged={Acknowledged} acknowledged-but-missing={AcknowledgedMissing} answer-version-wrong={AnswerVersionWrong} " +
        $"not-one-commit={NotOneCommit} refused-but-applied={RefusedButApplied} orphan-events={Orphans} deadline-events={DeadlineEvents} " +
        $"unanswered-applied={UnansweredApplied} unanswered-not-applied={UnansweredNotApplied} duplicate-keys={DuplicateKeys} acknowledged-no-ops={AcknowledgedNoOps}";

    public static StoreFigures Check(IReadOnlyList<Sent> ledger, IReadOnlyList<StoredEvent> events, Action<string> problem)
    {
        var byCorrelation = events.Where(e => e.CorrelationId is not null).GroupBy(e => e.CorrelationId!).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).ToList());
        int acknowledged = 0, missing = 0, versionWrong = 0, notOneCommit = 0, refusedApplied = 0, unansweredApplied = 0, unansweredNot = 0, noOps = 0;
        foreach (var sent in ledger.Where(s => s.Mutating))
        {
            var mine = byCorrelation.GetValueOrDefault(sent.CorrelationId) ?? [];
            if (sent.Acknowledged && !sent.Replayed)
            {
                acknowledged++;
                if (mine.Count == 0)
                {
                    // A repeat that changes nothing is a 2xx with no event by design (Repeats); a command that must append is lost.
                    if (sent.MustAppend)
                    {
                        missing++;
                        problem($"acknowledged but missing: {sent.Method} {sent.Path} -> {sent.Status} v{sent.Version} ({sent.CorrelationId})");
                    }
                    else
                        noOps++;
                    continue;
                }
                if (sent.Version is { } v && mine[^1].Version != v)
                {
                    versionWrong++;
                    problem($"answered version {v} but its last event is version {mine[^1].Version}: {sent.Path} ({sent.CorrelationId})");
                }
            }
            else if (sent.Refused || sent.Replayed)
            {
                if (mine.Count > 0)
                {
                    refusedApplied++;
                    problem($"refused or replayed yet applied: {sent.Method} {sent.Path} -> {sent.Status}, {mine.Count} events ({sent.CorrelationId})");
                }
                continue;
            }
            else if (sent.Lost || sent.Status >= 500)
            {
                if (mine.Count > 0) unansweredApplied++;
                else unansweredNot++;
            }
            if (mine.Count > 0 && (mine.Select(e => e.DisputeId).Distinct().Count() > 1 || mine[^1].Version - mine[0].Version + 1 != mine.Count))
            {
                notOneCommit++;
                problem($"events of one request are not one commit: {sent.Path} ({sent.CorrelationId}) versions {string.Join(',', mine.Select(e => e.Version))}");
            }
        }

        var known = ledger.Select(s => s.CorrelationId).ToHashSet();
        var deadlineEvents = events.Count(e => e.CorrelationId?.StartsWith("deadline:", StringComparison.Ordinal) == true);
        var orphans = events.Where(e => e.CorrelationId is null || (!known.Contains(e.CorrelationId) && !e.CorrelationId.StartsWith("deadline:", StringComparison.Ordinal))).ToList();
        foreach (var orphan in orphans.Take(10))
            problem($"event without a request or deadline behind it: {orphan.DisputeId} v{orphan.Version} {orphan.Type} correlation={orphan.CorrelationId}");

        var duplicateKeys = events.Where(e => e.IdempotencyKey is not null).GroupBy(e => e.IdempotencyKey!)
            .Count(g => g.Select(e => e.CorrelationId).Distinct().Count() > 1);
        if (duplicateKeys > 0)
            problem($"{duplicateKeys} idempotency keys appended more than once");

        return new StoreFigures(events.Count, acknowledged, missing, versionWrong, notOneCommit, refusedApplied, orphans.Count, deadlineEvents,
            unansweredApplied, unansweredNot, duplicateKeys, noOps);
    }
}
