using Disputes.Projections.Store;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Projections.Rebuilding;

// Rebuilds the inline, per-dispute projections from the events while the API keeps serving. Marten's own
// rebuild tears every row down first and races live appends; here each batch of streams is rebuilt in one
// transaction that holds the streams' rows locked, so a reader sees the old rows or the new ones, never none,
// and an append to one of those disputes waits for the commit instead of slipping between replay and write.
// One race is left: a command that read its dispute's row before the lock appends after the commit and writes
// a row derived from the old one. Such a command finishes within `settle`; streams written since the sweep
// began are then rebuilt once more, and every command that started after its batch read the rebuilt row.
public sealed class PerDisputeRebuild(IDocumentStore store, int batchSize = 200)
{
    public static readonly TimeSpan DefaultSettle = TimeSpan.FromSeconds(30);

    public static IReadOnlyList<IProjectionSource<IDocumentOperations, IQuerySession>> Rebuildable(IDocumentStore store) =>
        MartenInternals.Options(store).Projections.All
            .Where(p => p is { Lifecycle: ProjectionLifecycle.Inline } and IForgetsDisputes)
            .ToList();

    public async Task<RebuildReport> Run(IReadOnlyCollection<string> names, TimeSpan settle, Action<RebuildReport>? progress, CancellationToken ct)
    {
        var sources = Rebuildable(store).Where(p => names.Contains(p.Name)).ToList();
        var projections = sources.Select(s => (Forget: (IForgetsDisputes)s, Apply: s.BuildForInline())).ToList();
        var schema = store.Options.Events.DatabaseSchemaName;
        var report = new RebuildReport(sources.Select(s => s.Name).ToList());

        var sweepStarted = await DatabaseNow(ct);
        await foreach (var batch in Batches($"select id from {MartenInternals.Streams(schema)} where id > ? order by id limit {batchSize}", null, ct))
        {
            report.Add(batch.Length, await RebuildBatch(batch, projections, schema, ct));
            progress?.Invoke(report);
        }

        await Task.Delay(settle, ct);
        await foreach (var batch in Batches(
            $"select id from {MartenInternals.Streams(schema)} where id > ? and timestamp >= ? order by id limit {batchSize}", sweepStarted, ct))
            report.AddCatchUp(batch.Length, await RebuildBatch(batch, projections, schema, ct));
        return report;
    }

    private async Task<long> RebuildBatch(
        Guid[] ids, IReadOnlyList<(IForgetsDisputes Forget, IInlineProjection<IDocumentOperations> Apply)> projections, string schema, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        await session.BeginTransactionAsync(ct);
        // Ordered, so two rebuilds (or a rebuild and a multi-stream writer) lock in the same order and cannot deadlock.
        await session.AdvancedSql.QueryAsync<Guid>($"select id from {MartenInternals.Streams(schema)} where id = any(?) order by id for update", ct, ids);
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(ids))
            .OrderBy(e => e.StreamId).ThenBy(e => e.Version)
            .ToListAsync(ct);

        var streams = events.GroupBy(e => e.StreamId).Select(g => StreamAction.Start(g.Key, g.ToArray())).ToList();
        foreach (var (forget, apply) in projections)
        {
            forget.Forget(session, ids);
            await apply.ApplyAsync(session, streams, ct);
        }
        await session.SaveChangesAsync(ct);
        return events.Count;
    }

    private async IAsyncEnumerable<Guid[]> Batches(string sql, DateTimeOffset? since, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = Guid.Empty;
        while (true)
        {
            await using var session = store.QuerySession();
            var ids = since is { } from
                ? await session.AdvancedSql.QueryAsync<Guid>(sql, ct, after, from)
                : await session.AdvancedSql.QueryAsync<Guid>(sql, ct, after);
            if (ids.Count == 0)
                yield break;
            yield return ids.ToArray();
            after = ids[^1];
        }
    }

    private async Task<DateTimeOffset> DatabaseNow(CancellationToken ct)
    {
        // The database's clock, because mt_streams.timestamp is written by the database.
        await using var session = store.QuerySession();
        return (await session.AdvancedSql.QueryAsync<DateTimeOffset>("select now()", ct))[0];
    }
}
