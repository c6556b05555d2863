using Disputes.Hosting.Tools;
using Marten;

namespace Disputes.Audit.Export;

public sealed class ExportEvents : IToolVerb
{
    public string Group => "events";
    public string Name => "export";
    public string Usage => "[disputeId] [--out file]";
    public string Summary => "Every event (or one dispute's) as NDJSON, one stored event per line, in sequence order.";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(1, "out");
        var disputeId = args.DisputeId(0);
        var store = services.GetRequiredService<IDocumentStore>();
        long count;
        if (args.Option("out") is { } path)
        {
            await using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            count = await NdjsonEventExport.Write(store, disputeId, file, ct);
        }
        else
            count = await NdjsonEventExport.Write(store, disputeId, output, ct);
        await Console.Error.WriteLineAsync($"Exported {count} events.");
        return 0;
    }
}
