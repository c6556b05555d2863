using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Disputes.Reliability.Scenarios;

// PostgreSQL stopped under load: the API must answer 503 problem details (no 500, no hang), readiness must turn
// unhealthy, and once the server is back the API serves again by itself. Commands answered 503 are retried with
// their key afterwards; the store check proves nothing acknowledged was lost. How fast the answers come is
// reported against the configured timeouts (the timeout mechanism itself is tested by DatabaseOutage), not judged:
// on a busy machine a correct answer may take longer, and a hang shows as no answer at all.
public static class Outage
{
    public static async Task Run(Run run, Findings findings, TimeSpan bound)
    {
        if (!run.Postgres.Owned)
        {
            findings.Skip("the database is not this run's own (ConnectionStrings__Disputes points elsewhere); ./disputes reliability or ./disputes test start one it may stop");
            return;
        }
        var outages = run.Options.Size == "quick" ? 1 : 3;
        var outageLength = TimeSpan.FromSeconds(run.Options.Size == "quick" ? 3 : 10);
        var pool = new List<Guid>();
        for (var i = 0; i < 10; i++)
            pool.Add(await run.OpenDispute("outage"));

        var unanswered = new System.Collections.Concurrent.ConcurrentBag<(string Path, JsonObject Body, string Key, Guid Id)>();
        var during = new System.Collections.Concurrent.ConcurrentBag<Sent>();
        var down = 0;
        using var stop = new CancellationTokenSource();
        var seed = run.Random.Next();
        var load = Task.WhenAll(Enumerable.Range(0, Math.Min(run.Options.Concurrency, 16)).Select(worker => Task.Run(async () =>
        {
            var random = new Random(seed ^ worker);
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var id = pool[random.Next(pool.Count)];
                var key = $"outage-{seed}-{worker}-{n}";
                var body = Bodies.Message(Bodies.AsBuyer, $"outage load {worker}/{n}");
                var sent = random.Next(4) == 0
                    ? await run.Client.Get("outage", $"/disputes/{id}", run.Storefront(worker))
                    : await run.Client.Post("outage", $"/disputes/{id}/messages", body, run.Storefront(worker), id, key, mustAppend: true);
                if (Volatile.Read(ref down) == 1)
                    during.Add(sent);
                if (sent.Mutating && !sent.Acknowledged)
                    unanswered.Add(($"/disputes/{id}/messages", body, key, id));
                if (!sent.Acknowledged)
                    await Task.Delay(50);
            }
        })));

        var readinessDown = new List<double>();
        var recoveries = new List<double>();
        for (var o = 0; o < outages; o++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await run.Postgres.Stop(immediate: o % 2 == 1);
            Volatile.Write(ref down, 1);
            var clock = Stopwatch.StartNew();
            // Readiness must say so, promptly.
            while (await Ready(run) && clock.Elapsed < TimeSpan.FromSeconds(30))
                await Task.Delay(100);
            readinessDown.Add(clock.Elapsed.TotalSeconds);
            var left = outageLength - clock.Elapsed;
            if (left > TimeSpan.Zero)
                await Task.Delay(left);
            await run.Postgres.Start();
            var back = Stopwatch.StartNew();
            while (!await Ready(run) && back.Elapsed < Patience.Bound)
                await Task.Delay(100);
            recoveries.Add(back.Elapsed.TotalSeconds);
            Volatile.Write(ref down, 0);
            findings.Expect(back.Elapsed < Patience.Bound, $"the API did not become ready again within {Patience.Bound} of PostgreSQL's return");
        }
        // A frozen server (SIGSTOP): connections hang instead of being refused; only the timeouts bound the wait.
        // Reported, not judged: answers take far longer than the timeouts here (docs/RELIABILITY.md, open findings).
        var stoppedPhase = during.ToList();
        var frozenFor = TimeSpan.FromSeconds(run.Options.Size == "quick" ? 8 : 15);
        double? frozenReadinessDown = null, thawRecovery = null;
        // Long runs only: the quick size stays near a minute, and this phase is not judged.
        if (run.Postgres.CanFreeze && run.Options.Size != "quick")
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await run.Postgres.Freeze();
            Volatile.Write(ref down, 1);
            var clock = Stopwatch.StartNew();
            try
            {
                while (await Ready(run) && clock.Elapsed < frozenFor)
                    await Task.Delay(100);
                frozenReadinessDown = clock.Elapsed.TotalSeconds;
                if (frozenFor - clock.Elapsed is { Ticks: > 0 } left)
                    await Task.Delay(left);
            }
            finally
            {
                await run.Postgres.Thaw();
            }
            var back = Stopwatch.StartNew();
            while (!await Ready(run) && back.Elapsed < Patience.Bound)
                await Task.Delay(100);
            thawRecovery = back.Elapsed.TotalSeconds;
            Volatile.Write(ref down, 0);
        }
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await load;

        var retried = 0;
        foreach (var (path, body, key, id) in unanswered)
        {
            var again = await run.Client.Post("outage-retry", path, body, run.Storefront(1001), id, key, mustAppend: true);
            if (again.Acknowledged) retried++;
            findings.Expect(again.Acknowledged, $"retry of {key} after the outage answered {again.Status}: {ServerErrors.Trim(again.Body)}");
        }

        var duringList = stoppedPhase;
        var frozenPhase = during.Except(stoppedPhase).ToList();
        var slowest = duringList.Count == 0 ? 0 : duringList.Max(s => s.Elapsed.TotalSeconds);
        var mine = run.Ledger.Of("outage").ToList();
        findings.Figure("outages (PostgreSQL stopped under load)", $"{outages} x {outageLength.TotalSeconds:F0}s (stop -m fast, then immediate, alternating)");
        findings.Figure("requests", $"{mine.Count}; during the outages {duringList.Count}: {Conflicts.Statuses(duringList)}");
        findings.Figure("slowest answer during an outage", $"{slowest:F2}s (the timeouts: {bound.TotalSeconds:F0}s; reported, not judged)");
        findings.Figure("readiness unhealthy after stop", string.Join(", ", readinessDown.Select(s => $"{s:F1}s")));
        findings.Figure("ready again after start", string.Join(", ", recoveries.Select(s => $"{s:F1}s")));
        findings.Figure("freeze (SIGSTOP to every PostgreSQL process)", frozenReadinessDown is null
            ? "not run (quick size, or the cluster's data directory was not given)"
            : $"{frozenFor.TotalSeconds:F0}s; readiness unhealthy after {frozenReadinessDown:F1}s, ready again {thawRecovery:F1}s after SIGCONT; " +
              $"{frozenPhase.Count} answers meanwhile: {Conflicts.Statuses(frozenPhase)}, slowest {(frozenPhase.Count == 0 ? 0 : frozenPhase.Max(s => s.Elapsed.TotalSeconds)):F1}s");
        findings.Figure("unanswered/503 commands retried with their key, acknowledged", $"{retried} of {unanswered.Count}");
        findings.Expect(duringList.All(s => s.Acknowledged || s.Status == 503), $"during the outage only 2xx or 503 are expected: {Conflicts.Statuses(duringList)}");
        findings.Expect(duringList.Where(s => s.Status == 503).All(s => s.ContentType == "application/problem+json"), "a 503 without problem details");
        var errors = mine.Where(s => s.Status >= 500 && s.Status != 503).ToList();
        findings.Figure("5xx other than 503", errors.Count);
        foreach (var e in errors.Take(3))
            findings.Fail($"{e.Status} during the outage: {ServerErrors.Trim(e.Body)}");
    }

    private static async Task<bool> Ready(Run run)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
            using var response = await run.Client.Http.SendAsync(request);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
