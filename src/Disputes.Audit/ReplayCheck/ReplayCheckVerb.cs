using Disputes.Hosting.Tools;
using Marten;

namespace Disputes.Audit.ReplayCheck;

public sealed class ReplayCheckVerb : IToolVerb
{
    public string Group => "events";
    public string Name => "replay-check";
    public string Usage => "";
    public string Summary => "Replay every stream through today's decider; report histories today's rules would refuse or decide differently. Read-only.";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(0);
        var report = await ReplayCheckRunner.Run(services.GetRequiredService<IDocumentStore>(), finding => output.WriteLine(finding), ct);
        await output.WriteLineAsync(report.Summary());
        return report.Drifted == 0 ? 0 : 1;
    }
}
