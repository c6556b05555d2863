using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

// The load generator: C client tasks on one pooled HttpClient, each walking its own disputes step by step.
internal static class Phase
{
    private const string Buyer = "buyer-7";
    private const string Seller = "seller-3";

    public static Task<PhaseResult> Control(HttpClient http, LoadBenchmark.Tokens tokens, int clients, TimeSpan duration) =>
        Run(http, clients, duration, null, async (client, stop) =>
        {
            while (true)
            {
                var stream = Guid.CreateVersion7();
                for (var i = 0; i < 6; i++)
                {
                    if (!await client.Send(() => tokens.Storefront(HttpMethod.Post, $"/bench/control/{stream}"), stop))
                        return;
                }
                client.Lifecycles++;
            }
        });

    // The control without its append (path "authorized"), or without the token check too ("http"): what each layer costs.
    public static Task<PhaseResult> ControlPart(HttpClient http, LoadBenchmark.Tokens tokens, string part, int clients, TimeSpan duration) =>
        Run(http, clients, duration, null, async (client, stop) =>
        {
            while (await client.Send(() => tokens.Storefront(HttpMethod.Post, $"/bench/control/{part}"), stop))
                client.Lifecycles++;
        });

    // open → seller offer → buyer rejects (which escalates) → mediator claims → decides → (appeal window closes) → refund paid.
    // rate: commands per second for all clients together (paced, latency from the scheduled instant); null: as fast as they go.
    public static Task<PhaseResult> Lifecycles(HttpClient http, LoadBenchmark.Tokens tokens, int clients, TimeSpan duration, double? rate) =>
        Run(http, clients, duration, rate, async (client, stop) =>
        {
            // Disputes whose appeal window is running: the client opens more meanwhile, as a storefront would.
            var awaitingRefund = new Queue<(Guid Id, long Due)>();
            while (true)
            {
                if (awaitingRefund.TryPeek(out var due) && Stopwatch.GetTimestamp() >= due.Due)
                {
                    awaitingRefund.Dequeue();
                    var paid = await client.Send(() => tokens.Storefront(HttpMethod.Post, $"/disputes/{due.Id}/refund/succeeded",
                        $$"""{"actingAs":{"party":"Platform","id":"payments"},"attempt":1,"paymentReference":"pay-{{due.Id}}"}"""), stop,
                        early: HttpStatusCode.Conflict);
                    if (paid is null)
                        return;
                    if (paid == false)
                        awaitingRefund.Enqueue((due.Id, Stopwatch.GetTimestamp() + Stopwatch.Frequency / 5));
                    else
                        client.Lifecycles++;
                    continue;
                }
                var id = Guid.CreateVersion7();
                var protection = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                if (!await client.Send(() => tokens.Storefront(HttpMethod.Post, "/disputes",
                        $$"""{"disputeId":"{{id}}","orderId":"order-{{id}}","buyerId":"{{Buyer}}","sellerId":"{{Seller}}","reason":"ItemNotReceived","amountPaid":{"amount":4999,"currency":"EUR"},"requestedRemedy":"FullRefund","protectionEndsAt":"{{protection}}","description":"The parcel never arrived."}"""), stop)
                    || !await client.Send(() => tokens.Storefront(HttpMethod.Post, $"/disputes/{id}/offers",
                        $$"""{"actingAs":{"party":"Seller","id":"{{Seller}}"},"kind":"PartialRefund","refundAmount":{"amount":500,"currency":"EUR"},"note":"Part back."}"""), stop)
                    || !await client.Send(() => tokens.Storefront(HttpMethod.Post, $"/disputes/{id}/offer/reject",
                        $$"""{"actingAs":{"party":"Buyer","id":"{{Buyer}}"},"reason":"Too little."}"""), stop)
                    // Since policy 2026-12-01 a rejection leaves the parties negotiating; the buyer escalates.
                    || !await client.Send(() => tokens.Storefront(HttpMethod.Post, $"/disputes/{id}/escalate",
                        $$"""{"actingAs":{"party":"Buyer","id":"{{Buyer}}"},"reason":"We cannot agree."}"""), stop)
                    || !await client.Send(() => tokens.Mediator($"/mediation/disputes/{id}/claim", "{}"), stop)
                    || !await client.Send(() => tokens.Mediator($"/mediation/disputes/{id}/decision",
                        """{"decision":"FullRefund","rationale":"No proof of delivery."}"""), stop))
                    return;
                var margin = LoadBenchmark.AppealWait + TimeSpan.FromMilliseconds(300);
                awaitingRefund.Enqueue((id, Stopwatch.GetTimestamp() + (long)(margin.TotalSeconds * Stopwatch.Frequency)));
            }
        });

    private static async Task<PhaseResult> Run(HttpClient http, int clients, TimeSpan duration, double? rate, Func<Client, CancellationToken, Task> walk)
    {
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();
        var all = Enumerable.Range(0, clients).Select(_ => new Client(http, rate is { } r ? r / clients : null, started)).ToArray();
        await Task.WhenAll(all.Select(c => Task.Run(() => walk(c, stop.Token))));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var latencies = all.SelectMany(c => c.Latencies).Order().ToArray();
        return new PhaseResult(
            all.Sum(c => c.Commands), all.Sum(c => c.Lifecycles), all.Sum(c => c.Errors), all.Sum(c => c.Early),
            elapsed, latencies, all.SelectMany(c => c.ErrorSamples).Take(3).ToList());
    }

    internal sealed class Client(HttpClient http, double? perSecond, long started)
    {
        private readonly long interval = perSecond is > 0 and var r ? (long)(Stopwatch.Frequency / r) : 0;
        private long next = started;
        public List<double> Latencies { get; } = new(64 * 1024);
        public List<string> ErrorSamples { get; } = [];
        public long Commands, Lifecycles, Errors, Early;

        // true: done; false: the expected early answer (retry later); null/false for the caller: stop.
        public async Task<bool?> Send(Func<HttpRequestMessage> request, CancellationToken stop, HttpStatusCode early)
        {
            if (stop.IsCancellationRequested)
                return null;
            var from = Stopwatch.GetTimestamp();
            if (interval > 0)
            {
                // Open loop: the command is due at its slot whatever happened before; waiting for the server counts.
                next += interval;
                var wait = next - from;
                if (wait > 0)
                {
                    try { await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), stop); }
                    catch (OperationCanceledException) { return null; }
                }
                from = next;
            }
            try
            {
                using var response = await http.SendAsync(request(), CancellationToken.None);
                var body = response.IsSuccessStatusCode ? null : await response.Content.ReadAsStringAsync(CancellationToken.None);
                var ms = Stopwatch.GetElapsedTime(from).TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    Latencies.Add(ms);
                    Commands++;
                    return true;
                }
                if (response.StatusCode == early && early != 0)
                {
                    Early++;
                    return false;
                }
                Errors++;
                if (ErrorSamples.Count < 3)
                    ErrorSamples.Add($"{(int)response.StatusCode} {body?[..Math.Min(body.Length, 300)]}");
                return false;
            }
            catch (HttpRequestException e)
            {
                Errors++;
                if (ErrorSamples.Count < 3)
                    ErrorSamples.Add(e.Message);
                return false;
            }
        }

        public async Task<bool> Send(Func<HttpRequestMessage> request, CancellationToken stop) =>
            await Send(request, stop, 0) == true;
    }
}

internal sealed record PhaseResult(long Commands, long Lifecycles, long Errors, long Early, TimeSpan Elapsed, double[] Latencies, List<string> ErrorSamples)
{
    public double CommandsPerSecond => Commands / Elapsed.TotalSeconds;
    public double LifecyclesPerSecond => Lifecycles / Elapsed.TotalSeconds;
    public double Percentile(double p) => Latencies.Length == 0 ? double.NaN : Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(p * Latencies.Length) - 1)];
    public double Max => Latencies.Length == 0 ? double.NaN : Latencies[^1];
}

// CPU used between two samples: the API process, this load generator, and the whole machine (PostgreSQL is the rest).
internal sealed record CpuSample(long Timestamp, double ApiSeconds, double BenchSeconds, double PostgresSeconds, long MachineBusy, long MachineTotal)
{
    private static readonly double Tick = 100.0; // USER_HZ on Linux

    // pgDir: the cluster's data directory; its processes (postmaster and backends) have it as working directory.
    public static CpuSample Take(int apiPid, string? pgDir)
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = cpu[3] + cpu[4];
        var postgres = 0.0;
        if (pgDir is not null)
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                try
                {
                    if (int.TryParse(Path.GetFileName(dir), out var pid) && new DirectoryInfo($"{dir}/cwd").LinkTarget == pgDir)
                        postgres += ProcessSeconds(pid);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // gone, or not ours to read
                }
            }
        return new CpuSample(Stopwatch.GetTimestamp(), ProcessSeconds(apiPid), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, postgres,
            cpu.Sum() - idle, cpu.Sum());
    }

    private static double ProcessSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / Tick;
    }

    public CpuUse Since(CpuSample before)
    {
        var wall = (double)(Timestamp - before.Timestamp) / Stopwatch.Frequency;
        return new CpuUse((ApiSeconds - before.ApiSeconds) / wall, (BenchSeconds - before.BenchSeconds) / wall, (PostgresSeconds - before.PostgresSeconds) / wall,
            (double)(MachineBusy - before.MachineBusy) / Math.Max(1, MachineTotal - before.MachineTotal) * Environment.ProcessorCount);
    }
}

// In cores (1.0 = one core busy the whole phase). Postgres: the cluster's processes that lived through the phase.
internal sealed record CpuUse(double Api, double Bench, double Postgres, double Machine)
{
    public double Other => Math.Max(0, Machine - Api - Bench - Postgres);
}
