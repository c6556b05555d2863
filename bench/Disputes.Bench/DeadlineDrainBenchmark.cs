using System.Diagnostics;
using System.Diagnostics.Metrics;
using Disputes.Api.Configuration;
using Disputes.Deadlines.Scheduling;
using Disputes.Domain;
using Disputes.Projections;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using Npgsql;

// Deadline drain benchmark: N deadlines due at one instant, drained by 1 and by 2 in-process API instances
// (real clock, hosted scheduler loops) on one database. Prints drain time, throughput and lag percentiles.
internal static class DeadlineDrainBenchmark
{
    public static async Task Run(string connectionString, int count, int[] instanceCounts)
    {
        Console.WriteLine($"deadlines: {count}, instances: {string.Join(",", instanceCounts)}");
        foreach (var instances in instanceCounts)
            await Run(count, instances);
        return;

        async Task Run(int n, int instances)
        {
            var schema = $"bench_{instances}";
            await Sql($"drop schema if exists \"{schema}\" cascade");

            // Seed with the loop off: every dispute opened five days ago, so every seller deadline is due now.
            var dueAt = SystemClock.Instance.GetCurrentInstant();
            var seedWatch = Stopwatch.StartNew();
            await using (var seeder = new BenchHost(schema, schedulerEnabled: false))
                await Seed(seeder, n, dueAt - DisputePolicy.Default.SellerResponse);
            Console.WriteLine($"[{instances} instance(s)] seeded {n} disputes in {seedWatch.Elapsed.TotalSeconds:F1} s");

            var lags = new List<double>(n);
            using var listener = new MeterListener();
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SchedulerMetrics.MeterName && instrument.Name == SchedulerMetrics.LagName)
                    l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<double>((_, value, _, _) => { lock (lags) lags.Add(value); });
            listener.Start();

            // The instances run in this process: its CPU while draining is theirs (and the listener's, a few µs per expiry).
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var drain = Stopwatch.StartNew();
            var hosts = Enumerable.Range(0, instances).Select(_ => new BenchHost(schema, schedulerEnabled: true)).ToList();
            foreach (var host in hosts)
                _ = host.Services;
            long remaining;
            do
            {
                await Task.Delay(200);
                remaining = await Scalar($"select count(*) from \"{schema}\".dispute_deadlines where kind = 'SellerResponse'");
            }
            while (remaining > 0);
            drain.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            foreach (var host in hosts)
                await host.DisposeAsync();

            var expired = await Scalar($"select count(*) from \"{schema}\".mt_events where type = 'deadline_expired'");
            var distinct = await Scalar($"select count(distinct stream_id) from \"{schema}\".mt_events where type = 'deadline_expired'");
            double[] sorted;
            lock (lags)
                sorted = [.. lags.Order()];
            Console.WriteLine(
                $"[{instances} instance(s)] drained {n} in {drain.Elapsed.TotalSeconds:F1} s, {n / drain.Elapsed.TotalSeconds:F0} expiries/s; " +
                $"lag p50 {Percentile(sorted, 0.50):F1} s, p99 {Percentile(sorted, 0.99):F1} s, max {sorted.LastOrDefault():F1} s; " +
                $"expiry events {expired} on {distinct} disputes ({(expired == n && distinct == n ? "exactly once" : "MISMATCH")}); " +
                $"API process CPU {cpu.TotalSeconds:F1} s, {cpu.TotalMilliseconds / n:F2} ms per expiry");
        }

        static double Percentile(double[] sorted, double p) =>
            sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

        async Task Seed(BenchHost host, int n, Instant openedAt)
        {
            var store = host.Services.GetRequiredService<IDocumentStore>();
            var policy = DisputePolicy.Default;
            for (var start = 0; start < n; start += 1000)
            {
                await using var session = store.LightweightSession();
                for (var i = start; i < Math.Min(n, start + 1000); i++)
                {
                    var id = Guid.CreateVersion7();
                    var open = new OpenDispute(id, $"order-{i}", "buyer-1", "seller-1", DisputeReason.ItemNotReceived, "Never arrived.",
                        new Money(4999, "EUR"), Remedy.FullRefund, null, openedAt + Duration.FromDays(30), Actor.Buyer("buyer-1"));
                    var events = ((Accepted)DisputeDecider.Decide(open, null, openedAt, policy)).Events;
                    session.Events.StartStream<DisputeDetails>(id, events.Cast<object>().ToArray());
                }
                await session.SaveChangesAsync();
            }
        }

        async Task Sql(string sql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        async Task<long> Scalar(string sql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }
    }
}

