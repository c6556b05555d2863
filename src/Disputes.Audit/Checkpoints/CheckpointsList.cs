using Disputes.Hosting.Tools;

namespace Disputes.Audit.Checkpoints;

public sealed class CheckpointsList : IToolVerb
{
    public string Group => "checkpoints";
    public string Name => "list";
    public string Usage => "[--limit n]";
    public string Summary => "The checkpoints taken, newest first: id, time, kind, who, key, disputes, sequence.";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(0, "limit");
        var limit = args.Option("limit") is { } raw
            ? int.TryParse(raw, out var n) && n > 0 ? n : throw new ToolUsageException($"--limit must be a positive whole number (was '{raw}').")
            : 20;
        foreach (var c in await services.GetRequiredService<CheckpointStore>().List(limit, null, ct))
            await output.WriteLineAsync($"{c.Id}  {c.TakenAt:O}  {c.Kind,-9}  {c.TakenBy}  key {c.KeyId}  {c.Disputes} disputes  sequence {c.Sequence}");
        return 0;
    }
}
