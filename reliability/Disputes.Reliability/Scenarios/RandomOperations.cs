using System.Text.Json.Nodes;

namespace Disputes.Reliability.Scenarios;

// Thousands of random commands and reads over a pool of disputes (at least --operations of them, and for at least
// --duration seconds: the soak part of a long run), from many workers, some with If-Match from
// a possibly stale read. Any status but a 5xx is fine here; what matters is checked afterwards against the store
// (StoreCheck): every 2xx is one commit, no refused command left an event, nothing appeared from nowhere.
public static class RandomOperations
{
    private static readonly string[] Mediators = ["mediator-0", "mediator-1"];

    public static async Task Run(Run run, Findings findings)
    {
        var pool = new Guid[run.Options.Disputes];
        for (var i = 0; i < pool.Length; i++)
            pool[i] = await run.OpenDispute("random");
        var seeds = Enumerable.Range(0, run.Options.Concurrency).Select(_ => run.Random.Next()).ToArray();
        var versions = new long[pool.Length];
        var started = DateTime.UtcNow;
        await Reliability.Run.Parallel(run.Options.RandomOperations, run.Options.Concurrency, async (n, worker) =>
        {
            var random = new Random(seeds[worker] ^ n);
            var slot = random.Next(pool.Length);
            var id = pool[slot];
            long? ifMatch = random.Next(4) == 0 ? Interlocked.Read(ref versions[slot]) : null;
            var storefront = run.Storefront(worker);
            var mediator = Mediators[random.Next(Mediators.Length)];
            var sent = random.Next(14) switch
            {
                0 or 1 => await run.Client.Post("random", $"/disputes/{id}/messages", Bodies.Message(random.Next(2) == 0 ? Bodies.AsBuyer : Bodies.AsSeller, $"op {n}"), storefront, id, ifMatch: ifMatch, mustAppend: true),
                2 => await run.Client.Post("random", $"/disputes/{id}/accept-claim", Bodies.Acting(Bodies.AsSeller), storefront, id, ifMatch: ifMatch),
                3 => await run.Client.Post("random", $"/disputes/{id}/offers", Bodies.Offer(100 + random.Next(9_000)), storefront, id, ifMatch: ifMatch),
                4 => await run.Client.Post("random", $"/disputes/{id}/reject-claim", Bodies.RejectClaim(), storefront, id, ifMatch: ifMatch),
                5 => await run.Client.Post("random", $"/disputes/{id}/offer/accept", Bodies.Acting(Bodies.AsBuyer), storefront, id, ifMatch: ifMatch),
                6 => await run.Client.Post("random", $"/disputes/{id}/offer/reject", new JsonObject { ["actingAs"] = Bodies.AsBuyer, ["reason"] = "no" }, storefront, id, ifMatch: ifMatch),
                7 => await run.Client.Post("random", $"/disputes/{id}/escalate", Bodies.Escalate(random.Next(2) == 0 ? Bodies.AsBuyer : Bodies.AsSeller), storefront, id, ifMatch: ifMatch),
                8 => await run.Client.Post("random", $"/mediation/disputes/{id}/claim", new JsonObject(), run.Client.Tokens.For(mediator, "mediator"), id, ifMatch: ifMatch),
                9 => await run.Client.Post("random", $"/mediation/disputes/{id}/decision", Bodies.Decision(), run.Client.Tokens.For(mediator, "mediator"), id, ifMatch: ifMatch),
                10 => await run.Client.Post("random", $"/disputes/{id}/refund/succeeded", new JsonObject { ["actingAs"] = Bodies.AsPlatform, ["attempt"] = 1 }, storefront, id, ifMatch: ifMatch),
                11 when random.Next(10) == 0 => await run.Client.Post("random", $"/disputes/{id}/withdraw", Bodies.Acting(Bodies.AsBuyer), storefront, id, ifMatch: ifMatch),
                _ => await run.Client.Get("random", $"/disputes/{id}", storefront),
            };
            if (sent.Version is { } seen)
                InterlockedMax(ref versions[slot], seen);
            // A closed dispute takes no more commands; a fresh one keeps the mix of states going.
            if (sent.Status == 409 && sent.Body.Contains("\"Closed\"", StringComparison.Ordinal) && random.Next(3) == 0)
            {
                var fresh = Guid.CreateVersion7();
                var opened = await run.Client.Post("random", "/disputes", Bodies.Open(fresh), storefront, fresh, mustAppend: true);
                if (opened.Status == 201)
                    pool[slot] = fresh;
            }
        }, run.Options.Duration);
        var elapsed = DateTime.UtcNow - started;
        var mine = run.Ledger.Of("random").ToList();
        findings.Figure("requests", $"{mine.Count} in {elapsed.TotalSeconds:F1}s ({mine.Count / elapsed.TotalSeconds:F0}/s) by {run.Options.Concurrency} workers over {pool.Length} disputes at a time");
        findings.Figure("statuses", Conflicts.Statuses(mine));
        ServerErrors.Check(mine, findings);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
