using System.Text.Json.Nodes;

namespace Disputes.Reliability.Scenarios;

// kill -9 the API while workers write, restart it, keep going. Every acknowledged command must be in the store
// (StoreCheck), unanswered ones are retried with their Idempotency-Key and must come back as one commit, and
// deadlines due while the API was dead still fire after the restart.
public static class Crash
{
    public static async Task Run(Run run, Findings findings)
    {
        var kills = run.Options.Size == "quick" ? 1 : 3;
        using var receiver = new WebhookReceiver();
        var subscribed = await run.Client.Post("crash", "/webhooks/subscriptions", new JsonObject { ["url"] = receiver.Url, ["eventTypes"] = new JsonArray("*") }, run.Admin);
        findings.Expect(subscribed.Status == 201, $"subscribing the receiver answered {subscribed.Status}: {ServerErrors.Trim(subscribed.Body)}");
        // Disputes whose seller-response clock (the harness's policy) runs out during the crashes.
        var waiting = new List<Guid>();
        for (var i = 0; i < 10; i++)
            waiting.Add(await run.OpenDispute("crash"));
        var pool = new List<Guid>();
        for (var i = 0; i < 20; i++)
            pool.Add(await run.OpenDispute("crash"));

        var unanswered = new System.Collections.Concurrent.ConcurrentBag<(string Path, JsonObject Body, string Key, Guid Id)>();
        using var stop = new CancellationTokenSource();
        var seed = run.Random.Next();
        var load = Task.WhenAll(Enumerable.Range(0, run.Options.Concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(seed ^ worker);
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var id = pool[random.Next(pool.Count)];
                var key = $"crash-{seed}-{worker}-{n}";
                var body = Bodies.Message(Bodies.AsSeller, $"crash load {worker}/{n}");
                var sent = await run.Client.Post("crash", $"/disputes/{id}/messages", body, run.Storefront(worker), id, key, mustAppend: true);
                if (sent.Lost || sent.Status >= 500)
                {
                    unanswered.Add(($"/disputes/{id}/messages", body, key, id));
                    await Task.Delay(100);
                }
            }
        })));

        var downtime = TimeSpan.Zero;
        for (var k = 0; k < kills; k++)
        {
            await Task.Delay(TimeSpan.FromSeconds(run.Options.Size == "quick" ? 2 : 5));
            run.Api.KillHard();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await run.Api.Start(Patience.Bound);
            downtime += clock.Elapsed;
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await load;

        // The client's side of the contract: an unanswered command is sent again with its key.
        int retriedOk = 0, retriedReplayed = 0;
        foreach (var (path, body, key, id) in unanswered)
        {
            var again = await run.Client.Post("crash-retry", path, body, run.Storefront(1000), id, key, mustAppend: true);
            if (again.Acknowledged) retriedOk++;
            if (again.Replayed) retriedReplayed++;
            findings.Expect(again.Acknowledged, $"retry of {key} answered {again.Status}: {ServerErrors.Trim(again.Body)}");
        }

        // Deadlines: every waiting dispute leaves AwaitingSellerResponse by itself (refund by policy).
        var deadline = DateTime.UtcNow + Patience.Bound;
        var expired = 0;
        while (DateTime.UtcNow < deadline)
        {
            expired = 0;
            foreach (var id in waiting)
                if ((await run.Dispute(id))?["status"]?.GetValue<string>() is { } status && status != "AwaitingSellerResponse")
                    expired++;
            if (expired == waiting.Count)
                break;
            await Task.Delay(1000);
        }
        findings.Expect(expired == waiting.Count, $"only {expired} of {waiting.Count} seller-response deadlines fired after the restarts");

        // Notifications: every event of these disputes reaches the receiver at least once, kills or not.
        var watched = waiting.Concat(pool).ToHashSet();
        var expected = new HashSet<(Guid, long)>();
        foreach (var id in watched)
            if (await run.Dispute(id) is { } view)
                for (var v = 1L; v <= view["version"]!.GetValue<long>(); v++)
                    expected.Add((id, v));
        var notified = 0;
        for (var until = DateTime.UtcNow + Patience.Bound; DateTime.UtcNow < until; await Task.Delay(1000))
            if ((notified = expected.Count(receiver.Received.ContainsKey)) == expected.Count)
                break;
        findings.Expect(notified == expected.Count, $"only {notified} of {expected.Count} events were notified after the restarts");
        findings.Figure("events notified to the webhook receiver", $"{notified} of {expected.Count} (deliveries {receiver.Deliveries}, duplicates {receiver.Deliveries - receiver.Received.Count}, at-least-once by contract)");

        var mine = run.Ledger.Of("crash").ToList();
        findings.Figure("kill -9 of the API under load", $"{kills} (restart to ready: {downtime.TotalSeconds / kills:F1}s each)");
        findings.Figure("requests", $"{mine.Count}, acknowledged {mine.Count(s => s.Acknowledged)}, unanswered (API down or cut by the kill) {unanswered.Count}");
        findings.Figure("unanswered retried with their key", $"{unanswered.Count}: {retriedOk} acknowledged ({retriedReplayed} as replays of a commit made before the kill)");
        findings.Figure("deadlines due across the crashes that fired", $"{expired} of {waiting.Count}");
        var errors = mine.Where(s => s.Status >= 500).ToList();
        findings.Figure("5xx", errors.Count);
        foreach (var e in errors.Take(3))
            findings.Fail($"{e.Status} during the crash scenario: {ServerErrors.Trim(e.Body)}");
    }
}
