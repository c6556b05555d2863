using Disputes.Domain;
using JasperFx.Events;
using Marten;
using Marten.Events.Archiving;
using NodaTime;

namespace Disputes.Audit.WhatIf;

// Streams the event store once, ordered by stream and version, one dispute in memory at a time, and replays each
// matching dispute under the candidate (WhatIfReplay). Read-only: one query session, nothing written. Beside live
// traffic it holds one connection and one snapshot for the length of the run.
public static class WhatIfRunner
{
    private const int ProgressEvery = 1000;

    public static async Task<WhatIfReport> Run(
        IDocumentStore store, WhatIfRequest request, Instant asOf, Action<DisputeWhatIf>? onDispute, Action<WhatIfProgress>? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var candidate = request.Candidate ?? throw new ArgumentException("A what-if run needs a candidate policy.", nameof(request));

        await using var session = store.QuerySession();
        var events = session.Events.QueryAllRawEvents()
            .Where(e => e.MaybeArchived())
            .OrderBy(e => e.StreamId)
            .ThenBy(e => e.Version)
            .ToAsyncEnumerable(ct);

        var tally = new WhatIfTally();
        long streams = 0, replayed = 0, diverged = 0;
        var history = new List<IDisputeEvent>();
        var current = Guid.Empty;
        var matched = false;

        void Finish()
        {
            streams++;
            if (matched && history.Count > 0)
            {
                var result = WhatIfReplay.Run(history, candidate, asOf);
                tally.Add(result);
                replayed++;
                if (result.Diverged)
                    diverged++;
                onDispute?.Invoke(result);
            }

            if (streams % ProgressEvery == 0)
                progress?.Invoke(new WhatIfProgress(streams, replayed, diverged));
            history.Clear();
        }

        await foreach (var e in events.WithCancellation(ct))
        {
            if (e.StreamId != current)
            {
                if (current != Guid.Empty)
                    Finish();
                current = e.StreamId;
                // Only a dispute's history is replayed, and only one the request asks for: decided by its opening.
                matched = e.Data is DisputeOpened opened && request.Includes(opened);
            }

            // Anything else in a dispute's stream is no decision of the engine (events replay-check names it).
            if (matched && e.Data is IDisputeEvent disputeEvent)
                history.Add(disputeEvent);
        }

        if (current != Guid.Empty)
            Finish();
        progress?.Invoke(new WhatIfProgress(streams, replayed, diverged));
        return tally.Report();
    }
}
