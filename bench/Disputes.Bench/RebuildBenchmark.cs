using System.Diagnostics;
using Disputes.Projections;
using Disputes.Projections.Rebuilding;
using Disputes.Statistics;
using Marten;
using Npgsql;

// Rebuild benchmark: N events of realistic histories, then (1) a plain sequential read of the event table,
// (2) a rebuild of every per-dispute projection and (3) of the async statistics, through the same code
// `projections rebuild` runs. The read is the floor: a rebuild reads the same rows and must also deserialize,
// fold and write.
internal static class RebuildBenchmark
{
    public static async Task Run(string connectionString, int targetEvents)
    {
        var seeding = Stopwatch.StartNew();
        var (store, disputes, events) = await SeededEvents.Create(connectionString, "bench_rebuild", targetEvents);
        using var _ = store;
        Console.WriteLine($"[rebuild] seeded {events} events on {disputes} disputes in {seeding.Elapsed.TotalSeconds:F1} s");

        var read = Stopwatch.StartNew();
        var (rows, bytes) = await SequentialRead(connectionString, "bench_rebuild");
        read.Stop();
        Console.WriteLine($"[rebuild] sequential read: {rows} events, {bytes / 1_048_576.0:F0} MiB of JSON in {read.Elapsed.TotalSeconds:F1} s, "
            + $"{rows / read.Elapsed.TotalSeconds:F0} events/s");

        var names = PerDisputeRebuild.Rebuildable(store).Select(p => p.Name).ToList();
        var rebuild = Stopwatch.StartNew();
        var report = await new PerDisputeRebuild(store, batchSize: 500).Run(names, TimeSpan.Zero, null, CancellationToken.None);
        rebuild.Stop();
        Console.WriteLine($"[rebuild] per-dispute projections ({string.Join(", ", report.Projections)}): {report.Events} events on "
            + $"{report.Streams} disputes in {rebuild.Elapsed.TotalSeconds:F1} s, {report.Events / rebuild.Elapsed.TotalSeconds:F0} events/s "
            + $"({report.Events / rebuild.Elapsed.TotalSeconds / (rows / read.Elapsed.TotalSeconds):P0} of the sequential read); "
            + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MiB");

        var statistics = Stopwatch.StartNew();
        await StatisticsRebuild.RunAsync(store, StatisticsProjections.Names, TimeSpan.FromHours(1), CancellationToken.None);
        statistics.Stop();
        Console.WriteLine($"[rebuild] async statistics ({string.Join(", ", StatisticsProjections.Names)}): {rows} events in "
            + $"{statistics.Elapsed.TotalSeconds:F1} s, {rows / statistics.Elapsed.TotalSeconds:F0} events/s "
            + $"({rows / statistics.Elapsed.TotalSeconds / (rows / read.Elapsed.TotalSeconds):P0} of the sequential read)");
    }

    private static async Task<(long Rows, long Bytes)> SequentialRead(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select seq_id, stream_id, version, type, data::text from \"{schema}\".mt_events order by seq_id", connection);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess);
        long rows = 0, bytes = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            bytes += reader.GetString(4).Length;
        }
        return (rows, bytes);
    }
}
