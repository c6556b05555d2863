using Disputes.Hosting.Tools;

namespace Disputes.Audit.Checkpoints;

public sealed class CheckpointsExport : IToolVerb
{
    public string Group => "checkpoints";
    public string Name => "export";
    public string Usage => "<checkpointId|latest> [--out file]";
    public string Summary => "Write a checkpoint's file exactly as signed.";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(1, "out");
        var which = args.Positional.Count == 1 ? args.Positional[0] : throw new ToolUsageException("Name the checkpoint: its id, or latest.");
        Guid? id = which == "latest" ? null
            : Guid.TryParse(which, out var parsed) ? parsed : throw new ToolUsageException($"'{which}' is neither a checkpoint id (a GUID) nor latest.");
        if (await services.GetRequiredService<CheckpointStore>().Find(id, ct) is not { } found)
        {
            await Console.Error.WriteLineAsync($"No checkpoint {which}.");
            return 2;
        }
        await CheckpointFiles.Write(found.Document, args.Option("out"), output, ct);
        return 0;
    }
}
