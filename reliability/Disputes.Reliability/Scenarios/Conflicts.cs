using System.Text.Json.Nodes;

namespace Disputes.Reliability.Scenarios;

// Many writers on one dispute at once. Mutually exclusive answers of the seller (accept, offer, reject) with the
// same If-Match: exactly one wins, the rest get 412 (or 409 once the state moved). Without If-Match: exactly one
// wins, the rest are re-decided on the new state and refused with 409 — or, when an offer won, a second offer is a
// revision past the harness's one proposal and is refused with 422 limit-reached. Messages, which all may post: every one
// succeeds. Then each stream must verify and its details must sit at its last event. The harness's seller clock is
// seconds long: on a busy machine it may run out before the answers arrive, and then none of them may win.
public static class Conflicts
{
    public static async Task Run(Run run, Findings findings)
    {
        var writers = run.Options.ConflictingWriters;
        var rounds = run.Options.Size == "quick" ? 1 : 8;
        int sent = 0, won = 0, conflicts = 0, other = 0, messages = 0;
        var disputes = new List<Guid>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var withIfMatch in new[] { true, false })
            {
                var id = await run.OpenDispute("conflicts");
                disputes.Add(id);
                var version = (await run.Dispute(id))!["version"]!.GetValue<long>();
                var answers = await Task.WhenAll(Enumerable.Range(0, writers).Select(i =>
                {
                    var (action, body) = (i % 3) switch
                    {
                        0 => ("accept-claim", Bodies.Acting(Bodies.AsSeller)),
                        1 => ("offers", Bodies.Offer(1_000 + i)),
                        _ => ("reject-claim", Bodies.RejectClaim()),
                    };
                    return run.Client.Post("conflicts", $"/disputes/{id}/{action}", body, run.Storefront(i % 8), id,
                        ifMatch: withIfMatch ? version : null, mustAppend: true);
                }));
                sent += answers.Length;
                var wins = answers.Count(a => a.Acknowledged);
                won += wins;
                conflicts += answers.Count(LostToWinner);
                other += answers.Count(a => !a.Acknowledged && !LostToWinner(a));
                var expected = wins == 0 && await Streams.ClockRanOut(run, id, "SellerResponse") ? 0 : 1;
                findings.Expect(wins == expected, $"{writers} conflicting answers (If-Match: {withIfMatch}) on {id}: {wins} succeeded, expected exactly {expected}; statuses {Statuses(answers)}");
                findings.Expect(answers.All(a => a.Acknowledged || LostToWinner(a)),
                    $"conflicting answers on {id} got statuses other than 2xx/409/412/422 limit-reached: {Statuses(answers)}");
            }

            var chat = await run.OpenDispute("conflicts");
            disputes.Add(chat);
            var posted = await Task.WhenAll(Enumerable.Range(0, writers).Select(i =>
                run.Client.Post("conflicts", $"/disputes/{chat}/messages", Bodies.Message(i % 2 == 0 ? Bodies.AsBuyer : Bodies.AsSeller, $"message {i}"),
                    run.Storefront(i % 8), chat, mustAppend: true)));
            sent += posted.Length;
            messages += posted.Count(p => p.Acknowledged);
            findings.Expect(posted.All(p => p.Acknowledged), $"{writers} concurrent messages on {chat}: {Statuses(posted)}");
        }

        var replayed = await Streams.VerifyAll(run, disputes, findings);
        findings.Figure("requests", sent);
        findings.Figure("exclusive commands won / refused 409-412-422 / other", $"{won} / {conflicts} / {other} over {rounds * 2} disputes (one win each unless the seller clock ran out first)");
        findings.Figure("concurrent messages acknowledged", $"{messages} of {rounds * writers}");
        findings.Figure("streams verified and replayed", replayed);
    }

    // Lost to the winner: a conflict, a stale version, or an offer past the proposal limit once an offer won.
    private static bool LostToWinner(Sent a) =>
        a.Status is 409 or 412 || (a.Status == 422 && a.Body.Contains("/problems/limit-reached", StringComparison.Ordinal));

    public static string Statuses(IEnumerable<Sent> answers) =>
        string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}"));
}
