using System.Threading.Channels;
using Disputes.Audit.ReplayCheck;
using Disputes.Domain;
using Marten;
using NodaTime;

namespace Disputes.Audit.WhatIf;

// Streams the event store once, ordered by stream and version, and replays each matching dispute under the candidate
// (WhatIfReplay). Reading (PostgreSQL and deserialization) and replaying overlap: the reader hands whole histories to
// one replaying task through a small bounded queue, so memory stays a few hundred disputes. Read-only: one query
// session, nothing written; beside live traffic it holds one connection and one snapshot for the length of the run.
public static class WhatIfRunner
{
    private const int ProgressEvery = 1000;
    private const int QueuedHistories = 256;

    public static async Task<WhatIfReport> Run(
        IDocumentStore store, WhatIfRequest request, Instant asOf, Action<DisputeWhatIf>? onDispute, Action<WhatIfProgress>? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var candidate = request.Candidate ?? throw new ArgumentException("A what-if run needs a candidate policy.", nameof(request));

        var histories = Channel.CreateBounded<List<IDisputeEvent>?>(new BoundedChannelOptions(QueuedHistories) { SingleReader = true, SingleWriter = true });
        var tally = new WhatIfTally();
        long streams = 0, replayed = 0, diverged = 0;
        // A replay that fails stops the reader too, instead of leaving it waiting on a full queue.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var replaying = Task.Run(async () =>
        {
            try
            {
                await foreach (var history in histories.Reader.ReadAllAsync(ct))
                    Replay(history);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, ct);

        // On the replaying task only: the tally and the counters have one writer.
        void Replay(List<IDisputeEvent>? history)
        {
            streams++;
            if (history is not null)
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
        }

        try
        {
            await Read(store, request, histories.Writer, failed.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Stopped because the replay failed: its own exception, awaited below, is the one to report.
        }
        finally
        {
            histories.Writer.TryComplete();
        }

        await replaying;
        progress?.Invoke(new WhatIfProgress(streams, replayed, diverged));
        return tally.Report();
    }

    // One history per stream: the dispute's events when the request asks for it (decided by its opening), else null
    // so the stream is still counted as read.
    private static async Task Read(IDocumentStore store, WhatIfRequest request, ChannelWriter<List<IDisputeEvent>?> output, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var events = AllStoredEvents.Read(session, ct);

        List<IDisputeEvent>? history = null;
        var current = Guid.Empty;
        await foreach (var e in events.WithCancellation(ct))
        {
            if (e.StreamId != current)
            {
                if (current != Guid.Empty)
                    await output.WriteAsync(history, ct);
                current = e.StreamId;
                history = e.Data is DisputeOpened opened && request.Includes(opened) ? [] : null;
            }

            // Anything else in a dispute's stream is no decision of the engine (events replay-check names it).
            if (e.Data is IDisputeEvent disputeEvent)
                history?.Add(disputeEvent);
        }

        if (current != Guid.Empty)
            await output.WriteAsync(history, ct);
    }
}
