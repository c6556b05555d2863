using System.Collections.Concurrent;

namespace Disputes.Reliability;

// One request as the client saw it. Status 0: no answer (timeout, reset, the API killed mid-request) —
// the command may or may not have committed, and nobody was told either way.
public sealed record Sent(
    string Scenario, string Method, string Path, string CorrelationId, Guid? DisputeId, int Status, string? ContentType,
    long? Version, bool Replayed, string? IdempotencyKey, bool MustAppend, string Body, TimeSpan Elapsed)
{
    public bool Acknowledged => Status is >= 200 and < 300;
    public bool Refused => Status is >= 400 and < 500;
    public bool Lost => Status == 0;
    public bool Mutating => Method == "POST";
}

// Every request of the run, so the store can be checked against what clients were told.
public sealed class Ledger
{
    private readonly ConcurrentQueue<Sent> sent = new();

    public void Add(Sent request) => sent.Enqueue(request);

    public IReadOnlyList<Sent> All => [.. sent];

    public IEnumerable<Sent> Of(string scenario) => sent.Where(s => s.Scenario == scenario);
}
