using Disputes.Audit.Checkpoints;
using Disputes.Audit.Integrity;
using Disputes.Hosting.Tools;
using Disputes.Projections.Store;
using Marten;

namespace Disputes.Audit.Verification;

public sealed class VerifyHistory : IToolVerb
{
    public string Group => "history";
    public string Name => "verify";
    public string Usage => "[disputeId] [--checkpoint file [--public-key file.pem]]";
    public string Summary => "Recompute the hash chain of one dispute (or all) and name the first broken link of each broken one; with --checkpoint, also "
        + "check the store against that signed checkpoint (trusting the configured keys and --public-key). Read-only.";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(1, "checkpoint", "public-key");
        var disputeId = args.DisputeId(0);
        if (args.Option("checkpoint") is { } checkpointPath)
        {
            if (disputeId is not null)
                throw new ToolUsageException("A checkpoint covers every dispute: give --checkpoint without a dispute id.");
            var file = await ReadCheckpoint(checkpointPath, ct);
            var keys = services.GetRequiredService<CheckpointKeys>();
            if (args.Option("public-key") is { } keyPath)
                keys = keys.Trusting([await ReadPublicKey(keyPath, ct)]);
            var checkpoint = await services.GetRequiredService<CheckpointVerifier>().Verify(file, keys, ct);
            var chains = await Verify(services, null, output, ct);
            var cited = await VerifyCitedFiles(services, null, output, ct);
            await Report(checkpoint, output);
            return chains is { Intact: true } && cited && checkpoint.Intact ? 0 : 1;
        }
        else if (args.Option("public-key") is not null)
            throw new ToolUsageException("--public-key goes with --checkpoint.");

        var result = await Verify(services, disputeId, output, ct);
        if (result is null)
            return 2;
        var citedIntact = await VerifyCitedFiles(services, disputeId, output, ct);
        return result.Intact && citedIntact ? 0 : 1;
    }

    // A decision stands on the files it cites: each held one must still hash to what the decision recorded.
    private static async Task<bool> VerifyCitedFiles(IServiceProvider services, Guid? disputeId, TextWriter output, CancellationToken ct)
    {
        if (services.GetService<ICitedFilesCheck>() is not { } check)
            return true;
        var report = await check.Check(disputeId, ct);
        foreach (var c in report.Unresolved)
            await output.WriteLineAsync(
                $"BROKEN citation in dispute {c.DisputeId} at version {c.Version}: evidence {c.EvidenceId} cites file {c.Sha256}, which is {c.Problem}");
        await output.WriteLineAsync(
            $"cited files: {report.CitationsChecked} citations of held files: " + (report.Intact ? "every file intact" : $"{report.Unresolved.Count} unresolved"));
        return report.Intact;
    }

    // Null when the one dispute asked for does not exist.
    private static async Task<HistoryVerification?> Verify(IServiceProvider services, Guid? disputeId, TextWriter output, CancellationToken ct)
    {
        var verifier = new HistoryVerifier(services.GetRequiredService<IDocumentStore>());
        HistoryVerification result;
        if (disputeId is { } id)
        {
            result = await verifier.VerifyStream(id, ct);
            if (result.StreamsChecked == 0)
            {
                await Console.Error.WriteLineAsync($"No dispute {id}.");
                return null;
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
        return result;
    }

    private static async Task Report(CheckpointVerification c, TextWriter output)
    {
        if (c.Problem is { } problem)
        {
            await output.WriteLineAsync($"CHECKPOINT REFUSED: {problem}");
            return;
        }
        foreach (var f in c.Findings)
            await output.WriteLineAsync(
                $"CHECKPOINT MISMATCH dispute {f.DisputeId} at version {f.Version}: {f.Kind}: {f.Detail} recorded {f.RecordedHash ?? "-"}, stored {f.StoredHash ?? "-"}");
        if (c.SequenceWentBack)
            await output.WriteLineAsync(
                $"CHECKPOINT MISMATCH sequence: the checkpoint recorded events up to sequence {c.SequenceRecorded}, the store now holds only up to {c.SequenceNow}: the newest events were deleted.");
        await output.WriteLineAsync(
            $"checkpoint {c.CheckpointId} of {c.TakenAt:O}, signature valid (key {c.KeyId}): {c.DisputesListed} disputes listed, {c.DisputesMatching} match"
            + (c.FindingCount > 0 ? $", {c.FindingCount} do not" + (c.FindingCount > c.Findings.Count ? $" (first {c.Findings.Count} listed)" : "") : "")
            + $"; sequence {c.SequenceRecorded} then, {c.SequenceNow} now" + (c.Intact ? ": matches" : ": does not match"));
    }

    private static async Task<CheckpointFile> ReadCheckpoint(string path, CancellationToken ct)
    {
        try
        {
            return CheckpointFile.Parse(await File.ReadAllTextAsync(path, ct)) ?? throw new ToolUsageException($"{path} holds no checkpoint.");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ToolUsageException($"{path} is not a checkpoint file (JSON): {e.Message}");
        }
    }

    private static async Task<System.Security.Cryptography.ECDsa> ReadPublicKey(string path, CancellationToken ct)
    {
        try
        {
            return CheckpointKeys.PublicKey(await File.ReadAllTextAsync(path, ct));
        }
        catch (FormatException e)
        {
            throw new ToolUsageException($"{path} is not usable as a checkpoint public key: {e.Message}");
        }
    }
}
