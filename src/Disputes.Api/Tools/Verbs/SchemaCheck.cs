using Disputes.Api.Schema;
using Disputes.Hosting.Tools;
using Marten;

namespace Disputes.Api.Tools.Verbs;

public sealed class SchemaCheck : IToolVerb
{
    public string Group => "schema";
    public string Name => "check";
    public string Usage => "";
    public string Summary => "Whether the configured database matches this version's schema; exit 1 naming what differs. Read-only.";
    public bool UpdatesSchemaFirst => false;

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(0);
        var drift = await SchemaDrift.Detect(services.GetRequiredService<IDocumentStore>(), ct);
        if (drift.None)
        {
            await output.WriteLineAsync($"schema \"{drift.Schema}\" is up to date");
            return 0;
        }
        await output.WriteLineAsync($"schema \"{drift.Schema}\" differs in {drift.Objects.Count} objects: {drift.Describe(int.MaxValue)}");
        return 1;
    }
}
