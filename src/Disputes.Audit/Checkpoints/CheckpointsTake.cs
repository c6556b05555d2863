using Disputes.Hosting.Tools;

namespace Disputes.Audit.Checkpoints;

public sealed class CheckpointsTake : IToolVerb
{
    public string Group => "checkpoints";
    public string Name => "take";
    public string Usage => "[--out file]";
    public string Summary => "Sign a checkpoint of every dispute's latest hash and the global sequence now, and write its file (keep it outside the database).";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(0, "out");
        var checkpoints = services.GetRequiredService<CheckpointStore>();
        if (!checkpoints.CanSign)
        {
            await Console.Error.WriteLineAsync("error: no checkpoint signing key is configured (Disputes:Checkpoints:SigningKey).");
            return 3;
        }
        var taken = await checkpoints.Take("operator", ct);
        await CheckpointFiles.Write(taken.Document, args.Option("out"), output, ct);
        var c = taken.Summary;
        await Console.Error.WriteLineAsync($"Checkpoint {c.Id} taken at {c.TakenAt:O}, signed with key {c.KeyId}: {c.Disputes} disputes, sequence {c.Sequence}.");
        return 0;
    }
}
