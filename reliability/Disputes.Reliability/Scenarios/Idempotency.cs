namespace Disputes.Reliability.Scenarios;

// One Idempotency-Key sent by many workers at once and then again and again: one append, and every answer the
// same status and bytes (the store check then finds one commit per key and no event from the repeats).
public static class Idempotency
{
    public static async Task Run(Run run, Findings findings)
    {
        var keys = run.Options.Size == "quick" ? 10 : 50;
        const int Concurrent = 16, Sequential = 4;
        int identical = 0, differing = 0;
        var token = run.Storefront(99);
        for (var k = 0; k < keys; k++)
        {
            var key = $"idem-{run.Options.Seed}-{k}";
            // Half the keys open a dispute (the create path), half post a message on one.
            List<Sent> answers;
            if (k % 2 == 0)
            {
                var id = Guid.CreateVersion7();
                var body = Bodies.Open(id);
                answers = [.. await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => run.Client.Post("idempotency", "/disputes", body, token, id, key, mustAppend: true)))];
                for (var i = 0; i < Sequential; i++)
                    answers.Add(await run.Client.Post("idempotency", "/disputes", body, token, id, key, mustAppend: true));
            }
            else
            {
                var id = await run.OpenDispute("idempotency");
                var body = Bodies.Message(Bodies.AsBuyer, $"once {k}");
                answers = [.. await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => run.Client.Post("idempotency", $"/disputes/{id}/messages", body, token, id, key, mustAppend: true)))];
                for (var i = 0; i < Sequential; i++)
                    answers.Add(await run.Client.Post("idempotency", $"/disputes/{id}/messages", body, token, id, key, mustAppend: true));
            }
            var first = answers.Where(a => !a.Replayed).ToList();
            findings.Expect(first.Count == 1, $"key {key}: {first.Count} answers were not replays ({Conflicts.Statuses(answers)})");
            if (answers.Select(a => (a.Status, a.Body, a.Version)).Distinct().Count() == 1)
                identical++;
            else
            {
                differing++;
                findings.Fail($"key {key}: answers differ: {Conflicts.Statuses(answers)}");
            }
        }
        findings.Figure("keys", $"{keys}, each sent {Concurrent} times at once then {Sequential} times in a row");
        findings.Figure("keys with identical answers / differing", $"{identical} / {differing}");
        ServerErrors.Check(run.Ledger.Of("idempotency").ToList(), findings);
    }
}
