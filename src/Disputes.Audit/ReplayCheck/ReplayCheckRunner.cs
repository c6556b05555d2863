using System.Text.Json;
using Disputes.Domain;
using Disputes.Projections.Store;
using JasperFx.Events;
using Marten;

namespace Disputes.Audit.ReplayCheck;

// replay-check over a whole store: every stream through HistoryReplay, to find histories today's rules would
// refuse or decide differently. Read-only: one query session, nothing appended or written. The events arrive in
// one query ordered by stream and version and are consumed as they stream in, one stream in memory at a time.
public static class ReplayCheckRunner
{
    public const int MaxFindingsKept = 1000;

    // The options the store serializes events with, so the comparison sees what the store holds.
    private static readonly JsonSerializerOptions Json = DisputesJson.ConfigureStore(new JsonSerializerOptions());

    public static async Task<ReplayCheckReport> Run(IDocumentStore store, Action<ReplayCheckFinding>? onFinding, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = store.QuerySession();
        var events = AllStoredEvents.Read(session, ct);

        var tally = new Tally(onFinding);
        var stream = new List<IEvent>();
        await foreach (var e in events.WithCancellation(ct))
        {
            // Marten's own filler for sequence numbers a failed append drew (a second dispute on an order, say):
            // no dispute's history, so not counted.
            if (e.Data is Tombstone)
                continue;
            if (stream.Count > 0 && stream[0].StreamId != e.StreamId)
            {
                tally.Add(stream);
                stream.Clear();
            }

            stream.Add(e);
        }

        if (stream.Count > 0)
            tally.Add(stream);
        return tally.Report();
    }

    // The finding for one stream, or null when it replays clean.
    public static ReplayCheckFinding? Check(IReadOnlyList<IEvent> stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // The history ends at the first event that is not a dispute's (it is reported if the history before it is clean).
        var foreign = 0;
        while (foreign < stream.Count && stream[foreign].Data is IDisputeEvent)
            foreign++;
        var history = stream.Take(foreign).Select(e => (IDisputeEvent)e.Data).ToList();

        if (HistoryReplay.Check(history, Json).Finding is { } f)
            return new ReplayCheckFinding(stream[0].StreamId, StoredVersion(stream, f.Version), StoredVersion(stream, f.CommandVersion),
                f.Kind, f.EventType, f.Command, f.Rule, f.Message, f.Expected, f.Stored);

        if (foreign == stream.Count)
            return null;
        var alien = stream[foreign];
        return new ReplayCheckFinding(alien.StreamId, alien.Version, alien.Version, DriftKind.NoCommand, alien.EventTypeName, null,
            "not-a-dispute-event", $"{alien.DotNetTypeName} is not a dispute event; no decision of the dispute engine appends it.",
            [], [alien.EventTypeName]);
    }

    // HistoryReplay counts from 1 over the list it was given; the store's versions say where that is in the stream
    // (the same number unless events were removed), and one past the end is where a missing consequence belongs.
    private static long StoredVersion(IReadOnlyList<IEvent> stream, long replayVersion)
    {
        var index = replayVersion - 1;
        return index < stream.Count ? stream[(int)index].Version : stream[^1].Version + (index - stream.Count + 1);
    }

    private sealed class Tally(Action<ReplayCheckFinding>? onFinding)
    {
        private readonly List<ReplayCheckFinding> kept = [];
        private long streams, events, drifted;

        public void Add(IReadOnlyList<IEvent> stream)
        {
            streams++;
            events += stream.Count;
            if (Check(stream) is not { } finding)
                return;
            drifted++;
            if (kept.Count < MaxFindingsKept)
                kept.Add(finding);
            onFinding?.Invoke(finding);
        }

        public ReplayCheckReport Report() => new(streams, events, streams - drifted, drifted, kept);
    }
}
