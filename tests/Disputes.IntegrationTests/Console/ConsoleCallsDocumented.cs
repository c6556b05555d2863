using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Disputes.IntegrationTests.Console;

// The console is built on the public API only: every path its served scripts call must be an operation of the OpenAPI
// document, so anything the console does an integrator can do too. The scripts are read as the app serves them,
// following their imports from app.js.
public sealed partial class ConsoleCallsDocumented(ApiFixture<ConsoleCallsDocumented> api) : IClassFixture<ApiFixture<ConsoleCallsDocumented>>
{
    [Fact]
    public async Task Every_path_the_console_calls_is_an_operation_of_the_openapi_document()
    {
        var client = api.CreateClient();
        var documented = (await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!["paths"]!.AsObject()
            .Select(p => p.Key).ToList();

        var calls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var script in await ServedScripts(client))
            foreach (Match literal in PathLiteral().Matches(script))
                calls.Add(TemplatePart().Replace(literal.Groups["path"].Value.Split('?')[0], "{}"));

        // Guards the extraction itself: a regex that found nothing would make the check below vacuous.
        calls.Should().Contain(["/disputes/{}", "/mediation/queue", "/audit/disputes/{}/verification", "/lifecycle"]);
        calls.Where(call => !documented.Any(path => Matches(call, path)))
            .Should().BeEmpty("the console calls nothing the OpenAPI document lacks (documented: {0})", string.Join(", ", documented));
    }

    private static async Task<List<string>> ServedScripts(HttpClient client)
    {
        var scripts = new List<string>();
        var pending = new Queue<string>(["app.js"]);
        var seen = new HashSet<string>(pending, StringComparer.Ordinal);
        while (pending.TryDequeue(out var name))
        {
            var response = await client.GetAsync($"/console/{name}");
            response.StatusCode.Should().Be(HttpStatusCode.OK, name);
            var text = await response.Content.ReadAsStringAsync();
            scripts.Add(text);
            foreach (Match import in ImportedModule().Matches(text))
                if (seen.Add(import.Groups["file"].Value))
                    pending.Enqueue(import.Groups["file"].Value);
        }
        scripts.Count.Should().BeGreaterThan(5, "app.js imports the console's pages");
        return scripts;
    }

    // A call's ${…} part stands for one path segment, whatever the document names there (a parameter or a word).
    private static bool Matches(string call, string documentedPath)
    {
        var callSegments = call.Split('/');
        var pathSegments = documentedPath.Split('/');
        return callSegments.Length == pathSegments.Length
            && callSegments.Zip(pathSegments).All(s => s.First == "{}" || s.First == s.Second);
    }

    // '/x/y' or `/x/${id}/y` inside the scripts: an API path (an authority's well-known URL starts '/.' and a bare '/'
    // is a separator, neither is a call of this API). Template parts are folded to {} for matching.
    [GeneratedRegex(@"['`](?<path>/[a-z][^'`\s]*)['`]")]
    private static partial Regex PathLiteral();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex TemplatePart();

    [GeneratedRegex(@"from\s+'\./(?<file>[\w-]+\.js)'")]
    private static partial Regex ImportedModule();
}
