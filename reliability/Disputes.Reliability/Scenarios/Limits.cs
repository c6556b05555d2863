using System.Diagnostics;
using System.Text;

namespace Disputes.Reliability.Scenarios;

// An oversized body is refused with 413 problem details before it is read; a client over its rate gets 429
// problem details with Retry-After, and other clients are not affected.
//
// The rate is judged on an API process of its own, on the same store, refilling one permit a second: on the main
// process (500 a second, so the other scenarios' clients are never limited) a slow machine sent a 1,500-request
// burst slower than the bucket refilled, and nothing was limited. Here the greedy client sends rounds until one is
// refused, and the verdict allows for whatever refilled meanwhile, so it cannot change with the machine's load.
public static class Limits
{
    public const int Burst = 20;
    private const int Round = 100;

    public static async Task Run(Run run, Findings findings, int maxBodyBytes, Func<ApiProcess> slowRefill)
    {
        var id = await run.OpenDispute("limits");
        var big = $"{{\"actingAs\":{{\"party\":\"Buyer\",\"id\":\"{Bodies.Buyer}\"}},\"text\":\"{new string('x', maxBodyBytes + 1)}\"}}";
        var request = new HttpRequestMessage(HttpMethod.Post, $"/disputes/{id}/messages") { Content = new StringContent(big, Encoding.UTF8, "application/json") };
        var oversized = await run.Client.Send("limits", request, run.Storefront(), id, null, false);
        findings.Figure("oversized body", $"{big.Length} bytes -> {oversized.Status} {oversized.ContentType}");
        findings.Expect(oversized.Status == 413 && oversized.ContentType == "application/problem+json", $"an oversized body answered {oversized.Status} {oversized.ContentType}");
        ServerErrors.Check(run.Ledger.Of("limits").ToList(), findings);

        await using var api = slowRefill();
        var started = Stopwatch.StartNew();
        await api.Start(Patience.Bound);
        findings.Figure("API with a refill of 1 permit a second", $"ready in {started.Elapsed.TotalSeconds:F1}s");
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = Patience.Bound };
        var client = new ApiClient(http, run.Ledger, run.Client.Tokens);

        // Rounds of unknown-dispute reads (cheap for the API; the cost stays on the limiter) until one is refused.
        var greedy = client.Tokens.For("storefront-greedy", "storefront");
        var clock = Stopwatch.StartNew();
        var answers = new List<Sent>();
        while (!answers.Any(a => a.Status == 429) && clock.Elapsed < Patience.Bound)
            answers.AddRange(await Task.WhenAll(Enumerable.Range(0, Round).Select(_ => client.Get("limits-rate", $"/disputes/{Guid.NewGuid()}", greedy))));
        var elapsed = clock.Elapsed;
        var limited = answers.Where(a => a.Status == 429).ToList();
        var admitted = answers.Count(a => a.Status != 429);
        // The bucket never admits more than its burst plus one permit per second that passed.
        var allowance = Burst + (int)elapsed.TotalSeconds + 1;
        findings.Figure("greedy client", $"{answers.Count} requests in {elapsed.TotalSeconds:F1}s (burst {Burst}, 1/s): {Conflicts.Statuses(answers)}; allowance {allowance}");
        findings.Expect(limited.Count > 0, $"no request of a client far over its rate was limited in {elapsed.TotalSeconds:F0}s");
        findings.Expect(admitted <= allowance, $"{admitted} requests admitted, more than the burst plus the refill ({allowance})");
        findings.Expect(limited.All(a => a.ContentType == "application/problem+json"), "a 429 without problem details");

        using var withRetryAfter = new HttpRequestMessage(HttpMethod.Get, $"/disputes/{Guid.NewGuid()}");
        withRetryAfter.Headers.Authorization = new("Bearer", greedy);
        using var last = await http.SendAsync(withRetryAfter);
        findings.Expect((int)last.StatusCode != 429 || last.Headers.RetryAfter is not null, "a 429 without Retry-After");

        var other = await client.Get("limits-rate", $"/disputes/{id}", run.Storefront(500));
        findings.Expect(other.Status == 200, $"another client was affected by the greedy one: {other.Status}");
        var health = await http.GetAsync("/health/live");
        findings.Expect(health.IsSuccessStatusCode, $"a health probe was limited: {(int)health.StatusCode}");
        ServerErrors.Check(run.Ledger.Of("limits-rate").ToList(), findings);
    }
}
