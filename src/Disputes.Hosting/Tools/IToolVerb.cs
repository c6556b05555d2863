
namespace Disputes.Hosting.Tools;

// One operator command of the API host (`dotnet Disputes.Api.dll <group> <name> [args]`), run against the
// configured database with the app's own store setup and without starting the web server or background work.
public interface IToolVerb
{
    string Group { get; }
    string Name { get; }
    string Usage { get; }
    string Summary { get; }

    // Whether the host brings the schema up to date (where it is allowed to) before the verb runs; the schema
    // verbs look at the schema as it is.
    bool UpdatesSchemaFirst => true;

    // Exit codes: 0 done and nothing found, 1 something found (broken history, drift), 2 bad arguments,
    // 3 the tool could not run (configuration, database), 130 cancelled.
    Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct);
}
