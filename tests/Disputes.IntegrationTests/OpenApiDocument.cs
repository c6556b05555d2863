using System.Net;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests;

// The served OpenAPI document is the contract the reference page shows; ./disputes test lints the copy
// this class writes (DISPUTES_OPENAPI_OUT) with a standard linter.
public sealed class OpenApiDocument(ApiFixture<OpenApiDocument> api) : IClassFixture<ApiFixture<OpenApiDocument>>
{
    private async Task<JsonObject> Document()
    {
        var response = await api.CreateClient().GetAsync("/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        if (Environment.GetEnvironmentVariable("DISPUTES_OPENAPI_OUT") is { Length: > 0 } path)
            await File.WriteAllTextAsync(path, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    [Fact]
    public async Task Every_protected_operation_declares_the_bearer_scheme_and_its_problem_responses()
    {
        var document = await Document();
        document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().Should().Be("bearer");

        foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                if (path.StartsWith("/health", StringComparison.Ordinal) || path.StartsWith("/openapi", StringComparison.Ordinal))
                    continue;
                // The console's sign-in is open by design (it is how a token is obtained), and says so.
                if (path.StartsWith("/console/", StringComparison.Ordinal))
                {
                    operation!["security"]!.AsArray().Should().ContainSingle().Which!.AsObject().Should().BeEmpty(path);
                    continue;
                }
                var name = $"{method.ToUpperInvariant()} {path}";
                operation!["security"].Should().NotBeNull(name);
                operation["summary"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(name);
                var responses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
                responses.Should().Contain(["401", "403"], name);
            }
    }

    [Fact]
    public async Task Every_query_parameter_is_named_as_clients_send_it_in_camel_case()
    {
        var document = await Document();
        var names = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["parameters"]?.AsArray() ?? []))
            .SelectMany(parameters => parameters)
            .Where(p => p!["in"]!.GetValue<string>() == "query")
            .Select(p => p!["name"]!.GetValue<string>())
            .ToList();

        names.Should().Contain(["buyerId", "partyId", "assignedToMe"]);
        names.Should().OnlyContain(n => char.IsLower(n[0]));
    }

    [Fact]
    public async Task Every_command_documents_its_headers_and_shows_an_example()
    {
        var document = await Document();
        // Commands on disputes; the admin's webhook endpoints and the console's sign-in are not dispute commands (no If-Match, no 409/412).
        var commands = document["paths"]!.AsObject()
            .Where(p => !p.Key.StartsWith("/webhooks", StringComparison.Ordinal) && !p.Key.StartsWith("/console", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Key == "post").Select(o => (Path: p.Key, Operation: o.Value!)))
            .ToList();

        commands.Should().HaveCountGreaterThan(20);
        foreach (var (path, operation) in commands)
        {
            var headers = operation["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "header").Select(p => p!["name"]!.GetValue<string>());
            headers.Should().Contain(["Idempotency-Key", "If-Match", "X-Correlation-Id"], path);
            // Claiming a case and retrying a refund carry nothing but the caller.
            if (!path.EndsWith("/claim", StringComparison.Ordinal) && !path.StartsWith("/mediation/disputes/{disputeId}/refund", StringComparison.Ordinal))
                operation["requestBody"]!["content"]!["application/json"]!["example"].Should().NotBeNull(path);
            operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["409", "412", "422"], path);
        }
    }

    [Fact]
    public async Task The_webhook_admin_endpoints_are_documented_under_their_tag_and_creation_is_retry_safe()
    {
        var document = await Document();
        var webhooks = document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/webhooks", StringComparison.Ordinal)).ToList();

        webhooks.Select(p => p.Key).Should().Contain(["/webhooks/subscriptions", "/webhooks/dead-letters"]);
        foreach (var (_, item) in webhooks)
            foreach (var (_, operation) in item!.AsObject())
                operation!["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("Webhooks");
        var create = document["paths"]!["/webhooks/subscriptions"]!["post"]!;
        create["parameters"]!.AsArray().Should().Contain(p => p!["name"]!.GetValue<string>() == "Idempotency-Key" && p["description"] != null);
        create["requestBody"]!["content"]!["application/json"]!["example"].Should().NotBeNull();
        document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Should().Contain("Webhooks");
    }
}
