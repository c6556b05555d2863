using Disputes.Projections.Integrity;
using Marten;

namespace Disputes.Api.Tools.Verbs;

public sealed class VerifyHistory : IToolVerb
{
    public string Group => "history";
    public string Name => "verify";
    public string Usage => "[disputeId]";
    public string Summary => "Recompute the hash chain of one dispute (or all) and name the first broken link of each broken one. Read-only.";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(1);
        var verifier = new HistoryVerifier(services.GetRequiredService<IDocumentStore>());
        HistoryVerification result;
        if (args.DisputeId(0) is { } id)
        {
            result = await verifier.VerifyStream(id, ct);
            if (result.StreamsChecked == 0)
            {
                await Console.Error.WriteLineAsync($"No dispute {id}.");
                return 2;
            }
        }
        else
        {
            var lastPrinted = DateTime.UtcNow;
            result = await verifier.VerifyAll(new Progress<HistoryVerificationProgress>(p =>
            {
                if (DateTime.UtcNow - lastPrinted < TimeSpan.FromSeconds(5))
                    return;
                lastPrinted = DateTime.UtcNow;
                Console.Error.WriteLine($"  … {p.StreamsChecked} disputes, {p.EventsChecked} events, {p.StreamsBroken} broken");
            }), ct);
        }

        foreach (var link in result.Breaks)
            await output.WriteLineAsync(
                $"BROKEN dispute {link.StreamId} at version {link.Version} (sequence {link.Sequence?.ToString() ?? "-"}, {link.EventType ?? "missing"}): "
                + $"{link.Kind}: {link.Detail} expected {link.ExpectedHash ?? "-"}, stored {link.StoredHash ?? "-"}");
        await output.WriteLineAsync(
            $"history verify: {result.StreamsChecked} disputes, {result.EventsChecked} events: "
            + (result.Intact ? "every chain intact" : $"{result.StreamsBroken} broken"
                + (result.StreamsBroken > result.Breaks.Count ? $" (first {result.Breaks.Count} listed)" : "")));
        // Reported, not judged: the exit status says whether a chain is broken (SequenceAccounting says why).
        if (result.Sequence is { Missing: > 0 } sequence)
            await output.WriteLineAsync(
                $"sequence: {sequence.Missing} of the numbers up to {sequence.Highest} have neither an event nor a tombstone, in {sequence.GapCount} gap{(sequence.GapCount == 1 ? "" : "s")}: "
                + string.Join(", ", sequence.Gaps.Take(20)) + (sequence.GapCount > 20 ? ", …" : "") + $". {sequence.Explanation}");
        return result.Intact ? 0 : 1;
    }
}
