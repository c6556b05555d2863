using System.Text;

namespace Disputes.Reliability.Scenarios;

// An oversized body is refused with 413 problem details before it is read; a client over its rate gets 429
// problem details with Retry-After, and other clients are not affected.
public static class Limits
{
    public static async Task Run(Run run, Findings findings, int maxBodyBytes, int burst)
    {
        var id = await run.OpenDispute("limits");
        var big = $"{{\"actingAs\":{{\"party\":\"Buyer\",\"id\":\"{Bodies.Buyer}\"}},\"text\":\"{new string('x', maxBodyBytes + 1)}\"}}";
        var request = new HttpRequestMessage(HttpMethod.Post, $"/disputes/{id}/messages") { Content = new StringContent(big, Encoding.UTF8, "application/json") };
        var oversized = await run.Client.Send("limits", request, run.Storefront(), id, null, false);
        findings.Figure("oversized body", $"{big.Length} bytes -> {oversized.Status} {oversized.ContentType}");
        findings.Expect(oversized.Status == 413 && oversized.ContentType == "application/problem+json", $"an oversized body answered {oversized.Status} {oversized.ContentType}");

        // One client far over its burst, all at once; reads of an unknown dispute keep the cost on the limiter.
        var greedy = run.Client.Tokens.For("storefront-greedy", "storefront");
        var answers = await Task.WhenAll(Enumerable.Range(0, burst * 3).Select(_ => run.Client.Get("limits", $"/disputes/{Guid.NewGuid()}", greedy)));
        var limited = answers.Where(a => a.Status == 429).ToList();
        findings.Figure("burst of one client", $"{answers.Length} requests (burst {burst}): {Conflicts.Statuses(answers)}");
        findings.Expect(limited.Count > 0, "no request of a client far over its rate was limited");
        findings.Expect(limited.All(a => a.ContentType == "application/problem+json"), "a 429 without problem details");

        using var withRetryAfter = new HttpRequestMessage(HttpMethod.Get, $"/disputes/{Guid.NewGuid()}");
        withRetryAfter.Headers.Authorization = new("Bearer", greedy);
        using var last = await run.Client.Http.SendAsync(withRetryAfter);
        findings.Expect((int)last.StatusCode != 429 || last.Headers.RetryAfter is not null, "a 429 without Retry-After");

        var other = await run.Client.Get("limits", $"/disputes/{id}", run.Storefront(500));
        findings.Expect(other.Status == 200, $"another client was affected by the greedy one: {other.Status}");
        ServerErrors.Check(run.Ledger.Of("limits").ToList(), findings);
    }
}
