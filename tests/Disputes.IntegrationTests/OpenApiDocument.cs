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
        var commands = DisputeCommands(document).ToList();

        commands.Should().HaveCountGreaterThan(20);
        foreach (var (path, operation) in commands)
        {
            var headers = operation["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "header").Select(p => p!["name"]!.GetValue<string>());
            headers.Should().Contain(["Idempotency-Key", "X-Correlation-Id"], path);
            // Claiming a case, retrying a refund and a mediator granting more time carry nothing but the caller.
            if (!TakesNoBody(path))
                operation["requestBody"]!["content"]!["application/json"]!["example"].Should().NotBeNull(path);
            operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["409", "422"], path);
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

    [Fact]
    public async Task Every_amount_declares_its_bounds_and_says_where_they_come_from()
    {
        var schemas = (await Document())["components"]!["schemas"]!;

        var sent = schemas["MoneyInput"]!["properties"]!["amount"]!;
        sent["minimum"]!.GetValue<long>().Should().Be(1);
        sent["maximum"]!.GetValue<long>().Should().Be(1_000_000_000_000_000);
        sent["description"]!.GetValue<string>().Should().Contain("Disputes:Policy:MaxAmount").And.Contain("1000000000000000");

        var served = schemas["MoneyView"]!["properties"]!["amount"]!;
        served["minimum"]!.GetValue<long>().Should().Be(0);
        served["maximum"]!.GetValue<long>().Should().Be(9_007_199_254_740_991);

        var total = schemas["MoneyTotalView"]!["properties"]!["amount"]!;
        total["minimum"]!.GetValue<long>().Should().Be(0);
        total["description"]!.GetValue<string>().Should().Contain("2^53");
    }

    // Claiming a case and a supervisor's refund retry carry nothing but the caller; every other command needs its body.
    private static bool TakesNoBody(string path) =>
        path.EndsWith("/claim", StringComparison.Ordinal) || path.StartsWith("/mediation/disputes/{disputeId}/refund", StringComparison.Ordinal)
        || path == "/mediation/disputes/{disputeId}/extensions/grant";

    // Commands on disputes: the admin's webhook endpoints and mediator profiles (/admin: a bulk reassignment answers per
    // case), the auditors' checkpoints and the console's sign-in are not (no If-Match, no 409/412).
    // The commands with a JSON body; starting a large upload is not a command, and a file is sent as multipart (below).
    private static IEnumerable<(string Path, JsonNode Operation)> DisputeCommands(JsonObject document) =>
        document["paths"]!.AsObject()
            .Where(p => !p.Key.StartsWith("/webhooks", StringComparison.Ordinal) && !p.Key.StartsWith("/audit", StringComparison.Ordinal)
                && !p.Key.StartsWith("/console", StringComparison.Ordinal) && !p.Key.StartsWith("/admin", StringComparison.Ordinal)
                && !p.Key.EndsWith("/evidence/uploads", StringComparison.Ordinal) && !p.Key.EndsWith("/evidence/files", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Key == "post").Select(o => (p.Key, o.Value!)));

    [Fact]
    public async Task An_evidence_file_is_documented_as_a_multipart_form_with_the_command_headers_and_the_file_problems()
    {
        var document = await Document();

        var upload = document["paths"]!["/disputes/{disputeId}/evidence/files"]!["post"]!;
        var form = upload["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!["$ref"]!.GetValue<string>().Split('/')[^1];
        document["components"]!["schemas"]![form]!["properties"]!.AsObject().Select(p => p.Key)
            .Should().Contain(["actingAs.party", "actingAs.id", "kind", "visibility", "evidenceId", "file"]);
        upload["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).Should().Contain(["Idempotency-Key", "If-Match"]);
        upload["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["200", "400", "409", "413", "415", "422"]);
        var part = document["paths"]!["/disputes/{disputeId}/evidence/uploads/{uploadId}/parts"]!["put"]!;
        part["requestBody"]!["content"]!.AsObject().Select(c => c.Key).Should().Contain("application/octet-stream");
        document["paths"]!["/disputes/{disputeId}/evidence/{evidenceId}/content"]!["get"]!["responses"]!.AsObject().Select(r => r.Key).Should().Contain("206");
    }

    [Fact]
    public async Task Every_command_body_is_a_plain_schema_and_required_where_an_empty_body_is_a_400()
    {
        var document = await Document();

        foreach (var (path, operation) in DisputeCommands(document))
        {
            var body = operation["requestBody"]!;
            var schema = body["content"]!["application/json"]!["schema"]!;
            schema["$ref"].Should().NotBeNull(path);
            schema["oneOf"].Should().BeNull(path);
            (body["required"]?.GetValue<bool>() ?? false).Should().Be(!TakesNoBody(path), path);
        }
    }

    [Fact]
    public async Task Refusals_are_documented_with_their_rule_and_the_allowed_actions_and_bad_input_with_its_field_errors()
    {
        var document = await Document();
        var schemas = document["components"]!["schemas"]!;

        foreach (var (path, operation) in DisputeCommands(document))
        {
            string Schema(string status) => operation["responses"]![status]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>();
            Schema("409").Should().Be("#/components/schemas/RefusalProblem", path);
            Schema("422").Should().Be("#/components/schemas/RefusalProblem", path);
            Schema("400").Should().Be("#/components/schemas/ValidationProblem", path);
        }
        var refusal = schemas["RefusalProblem"]!;
        refusal["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Contain(["type", "title", "status", "rule"]);
        refusal["properties"]!["allowedActions"]!["items"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/DisputeAction");
        refusal["properties"]!["type"]!["enum"]!.AsArray().Select(t => t!.GetValue<string>())
            .Should().Contain(["https://disputes.dev/problems/action-not-allowed-in-state", "https://disputes.dev/problems/rule-violated"]);
        schemas["ValidationProblem"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Contain("errors");
    }

    public static readonly string[] StableProblemTypes =
    [
        "invalid-input", "unauthorized", "forbidden", "actor-not-permitted", "dispute-not-found", "state-not-found",
        "webhook-subscription-not-found", "dead-letter-not-found", "not-found", "method-not-allowed", "action-not-allowed-in-state",
        "deadline-passed", "dispute-already-exists", "order-has-open-dispute", "version-mismatch", "payload-too-large",
        "unsupported-media-type", "limit-reached", "rule-violated", "idempotency-key-reused", "too-many-requests", "internal",
        "service-unavailable",
    ];

    [Fact]
    public async Task Every_stable_problem_type_is_listed_with_its_meaning_on_the_problem_schema_and_in_the_guide()
    {
        var document = await Document();
        var listed = document["components"]!["schemas"]!["Problem"]!["properties"]!["type"]!["description"]!.GetValue<string>();
        var guide = document["info"]!["description"]!.GetValue<string>();

        foreach (var type in StableProblemTypes)
        {
            listed.Should().Contain($"https://disputes.dev/problems/{type}", type);
            guide.Should().Contain($"https://disputes.dev/problems/{type}", type);
        }
    }

    [Fact]
    public async Task Numeric_query_parameters_are_integers_and_every_list_limit_declares_its_bounds()
    {
        var document = await Document();
        var parameters = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().SelectMany(o => (o.Value!["parameters"]?.AsArray() ?? []).Select(q => (Operation: $"{o.Key} {p.Key}", Parameter: q!))))
            .Where(q => q.Parameter["in"]!.GetValue<string>() == "query")
            .ToList();

        var limits = parameters.Where(q => q.Parameter["name"]!.GetValue<string>() == "limit").ToList();
        limits.Should().HaveCountGreaterThan(5);
        foreach (var (operation, limit) in limits)
        {
            limit["schema"]!["type"]!.GetValue<string>().Should().Be("integer", operation);
            limit["schema"]!["minimum"]!.GetValue<long>().Should().Be(1, operation);
            limit["schema"]!["maximum"]!.GetValue<long>().Should().BeGreaterThan(1, operation);
            limit["schema"]!["default"]!.GetValue<long>().Should().BeInRange(1, limit["schema"]!["maximum"]!.GetValue<long>(), operation);
        }
        foreach (var (operation, number) in parameters.Where(q => q.Parameter["name"]!.GetValue<string>() is "version" or "fromVersion"))
            number["schema"]!["type"]!.GetValue<string>().Should().Be("integer", operation);
        document["paths"]!["/audit/events"]!["get"]!["parameters"]!.AsArray().Single(q => q!["name"]!.GetValue<string>() == "after")!["schema"]!["type"]!
            .GetValue<string>().Should().Be("integer");
        var list = document["paths"]!["/disputes"]!["get"]!["parameters"]!.AsArray();
        list.Single(q => q!["name"]!.GetValue<string>() == "status")!["schema"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/DisputeStatus");
        list.Single(q => q!["name"]!.GetValue<string>() == "openedFrom")!["schema"]!["format"]!.GetValue<string>().Should().Be("date-time");
    }

    [Fact]
    public async Task Opening_a_dispute_advertises_neither_If_Match_nor_412_and_every_other_command_does()
    {
        var document = await Document();

        foreach (var (path, operation) in DisputeCommands(document))
        {
            var headers = operation["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "header").Select(p => p!["name"]!.GetValue<string>()).ToList();
            var statuses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
            if (path == "/disputes")
            {
                headers.Should().NotContain("If-Match");
                statuses.Should().NotContain("412");
            }
            else
            {
                headers.Should().Contain("If-Match", path);
                statuses.Should().Contain("412", path);
            }
            operation["responses"]![path == "/disputes" ? "201" : "200"]!["headers"]!["ETag"].Should().NotBeNull(path);
        }
    }

    [Fact]
    public async Task The_dispute_view_carries_the_refund_the_payment_backend_must_pay()
    {
        var schemas = (await Document())["components"]!["schemas"]!;

        var refund = schemas["DisputeView"]!["properties"]!["refund"]!;
        refund.ToJsonString().Should().Contain("#/components/schemas/RefundView");
        schemas["RefundView"]!["properties"]!.AsObject().Select(p => p.Key).Should().Contain(["attempt", "amount", "status"]);
    }

    [Fact]
    public async Task Required_request_fields_are_not_nullable_and_evidence_metadata_states_its_rules()
    {
        var schemas = (await Document())["components"]!["schemas"]!;

        var open = schemas["OpenDisputeRequest"]!["properties"]!;
        open["orderId"]!["type"]!.GetValue<string>().Should().Be("string");
        open["amountPaid"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/MoneyInput");
        open["requestedRefund"]!["oneOf"].Should().NotBeNull("an optional field may still be null");
        schemas["ActingAs"]!["properties"]!["party"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/ActingParty");

        var evidence = schemas["EvidenceInput"]!["properties"]!;
        evidence["uri"]!["format"]!.GetValue<string>().Should().Be("uri");
        evidence["uri"]!["maxLength"]!.GetValue<int>().Should().Be(2048);
        evidence["uri"]!["description"]!.GetValue<string>().Should().Contain("https");
        evidence["sha256"]!["pattern"]!.GetValue<string>().Should().Be("^[0-9A-Fa-f]{64}$");
        evidence["mediaType"]!["pattern"].Should().NotBeNull();
        evidence["fileName"]!["maxLength"]!.GetValue<int>().Should().Be(255);
        evidence["sizeBytes"]!["maximum"]!.GetValue<long>().Should().Be(10 * 1024 * 1024);
        schemas["MoneyInput"]!["properties"]!["currency"]!["pattern"]!.GetValue<string>().Should().Be("^[A-Z]{3}$");
    }
}
