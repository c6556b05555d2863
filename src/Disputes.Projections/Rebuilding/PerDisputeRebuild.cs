using Disputes.Projections.Store;
using JasperFx.Events.Projections;
using Marten;
using Marten.Services;
using Npgsql;

namespace Disputes.Projections.Rebuilding;

// Rebuilds the inline, per-dispute projections from the events while the API keeps serving. Marten's own
// rebuild tears every row down first and races live appends; here each batch of streams is rebuilt in one
// transaction that holds the streams' rows locked, so a reader sees the old rows or the new ones, never none,
// and an append to one of those disputes waits for the commit instead of slipping between replay and write.
// One race is left: a command that read its dispute's row before the lock appends after the commit and writes
// a row derived from the old one. Such a command finishes within `settle`; streams written since the sweep
// began are then rebuilt once more, and every command that started after its batch read the rebuilt row.
//
// Each batch reads its histories with one lean query and each projection replaces its rows in bulk
// (IRebuildsPerDispute), and `parallelism` batches run at once, each in its own transaction on its own
// connection: one batch's rows are folded and serialized here while another's are read or written by the
// database. Batches are disjoint ranges of stream ids, so no two transactions lock the same rows.
public sealed class PerDisputeRebuild(IDocumentStore store, int batchSize = 500, int parallelism = 2)
{
    public static readonly TimeSpan DefaultSettle = TimeSpan.FromSeconds(30);

    public static IReadOnlyList<IProjectionSource<IDocumentOperations, IQuerySession>> Rebuildable(IDocumentStore store) =>
        MartenInternals.Options(store).Projections.All
            .Where(p => p is { Lifecycle: ProjectionLifecycle.Inline } and IRebuildsPerDispute)
            .ToList();

    public async Task<RebuildReport> Run(IReadOnlyCollection<string> names, TimeSpan settle, Action<RebuildReport>? progress, CancellationToken ct)
    {
        var sources = Rebuildable(store).Where(p => names.Contains(p.Name)).ToList();
        var projections = sources.Cast<IRebuildsPerDispute>().ToList();
        var histories = new StoredHistories(store);
        var schema = store.Options.Events.DatabaseSchemaName;
        var report = new RebuildReport(sources.Select(s => s.Name).ToList());

        var sweepStarted = await DatabaseNow(ct);
        await InParallel(Batches($"select id from {MartenInternals.Streams(schema)} where id > ? order by id limit {batchSize}", null, ct), async batch =>
        {
            var events = await RebuildBatch(batch, projections, histories, schema, ct);
            lock (report)
            {
                report.Add(batch.Length, events);
                progress?.Invoke(report);
            }
        }, ct);

        await Task.Delay(settle, ct);
        await InParallel(Batches($"select id from {MartenInternals.Streams(schema)} where id > ? and timestamp >= ? order by id limit {batchSize}", sweepStarted, ct), async batch =>
        {
            var events = await RebuildBatch(batch, projections, histories, schema, ct);
            lock (report)
                report.AddCatchUp(batch.Length, events);
        }, ct);
        return report;
    }

    // At most `parallelism` batches in flight; the first failure stops the others and is rethrown.
    private async Task InParallel(IAsyncEnumerable<Guid[]> batches, Func<Guid[], Task> rebuild, CancellationToken ct)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = new List<Task>();
        try
        {
            await foreach (var batch in batches.WithCancellation(failed.Token))
            {
                if (running.Count == parallelism)
                {
                    var done = await Task.WhenAny(running);
                    running.Remove(done);
                    await done;
                }
                running.Add(rebuild(batch));
            }
            await Task.WhenAll(running);
        }
        catch
        {
            await failed.CancelAsync();
            await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            throw;
        }
    }

    private async Task<long> RebuildBatch(
        Guid[] ids, IReadOnlyList<IRebuildsPerDispute> projections, StoredHistories histories, string schema, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Ordered, so two rebuilds (or a rebuild and a multi-stream writer) lock in the same order and cannot deadlock.
        await using (var lockStreams = new NpgsqlCommand(
            $"select id from {MartenInternals.Streams(schema)} where id = any($1) order by id for update", connection) { Parameters = { new() { Value = ids } } })
            await lockStreams.ExecuteNonQueryAsync(ct);

        var read = await histories.Read(connection, ids, ct);
        if (read is null)
        {
            await using var session = store.QuerySession(SessionOptions.ForTransaction(transaction));
            read = await StoredHistories.ReadThroughMarten(session, ids, ct);
        }

        var batch = new RebuildBatch(store, connection, ids, read);
        foreach (var projection in projections)
            await projection.Replace(batch, ct);
        await transaction.CommitAsync(ct);
        return read.Sum(h => h.Events.Count);
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
