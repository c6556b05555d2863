using System.Text.Json.Nodes;
using Disputes.Audit.Trail;
using Disputes.EvidenceFiles.Downloads;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Disputes.Api.Docs;

// Query parameters bind as text and are parsed by the endpoints (QueryParameters), so a bad value is a 400 naming
// it rather than a bare binding failure; the generator therefore sees strings. This says what each one holds,
// with the bounds the parsers enforce (read from the same constants).
public static class QueryParameterSchemas
{
    private sealed record Limit(int Maximum, int Default);

    private static readonly Limit Page = new(QueryParameters.MaxLimit, QueryParameters.DefaultLimit);
    private static readonly Limit Stream = new(GetDisputeEvents.MaxLimit, GetDisputeEvents.MaxLimit);

    // By operation id: every list endpoint's page size.
    private static readonly Dictionary<string, Limit> Limits = new()
    {
        ["ListDisputes"] = Page,
        ["DisputesNeedingAction"] = Page,
        ["GetMediatorQueue"] = Page,
        ["CasesNeedingMyAction"] = Page,
        ["ListWebhookDeadLetters"] = Page,
        ["ListCheckpoints"] = Page,
        ["GetDisputeTimeline"] = Stream,
        ["GetDisputeAuditEvents"] = Stream,
        ["GetAuditEventFeed"] = new(GetEventFeedEndpoint.MaxLimit, GetEventFeedEndpoint.DefaultLimit),
        ["ListEvidenceDownloads"] = new(ListDownloads.MaxLimit, ListDownloads.MaxLimit),
    };

    public static OpenApiOptions AddQueryParameters(this OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
                if (SchemaFor(operation.OperationId, parameter.Name, context.Document) is { } schema)
                    parameter.Schema = schema;
            return Task.CompletedTask;
        });
        return options;
    }

    private static IOpenApiSchema? SchemaFor(string? operation, string? name, OpenApiDocument? document) => (operation, name) switch
    {
        (_, "limit") when operation is not null && Limits.TryGetValue(operation, out var limit) =>
            Integer(1, limit.Maximum, limit.Default, $"Page size, 1 to {limit.Maximum} (default {limit.Default})."),
        (_, "limit") => throw new InvalidOperationException($"Operation {operation} takes a limit without documented bounds; add it to {nameof(Limits)}."),
        ("GetAuditEventFeed", "after") => Integer(0, null, 0, "Exclusive global sequence cursor: the last sequence you processed (default 0)."),
        ("SendEvidenceUploadPart", "offset") => Integer(0, null, null, "Where this part starts in the file: the upload's receivedBytes."),
        (_, "fromVersion") => Integer(1, null, 1, "First stream version of the page (default 1)."),
        (_, "version") => Integer(1, null, null, "A stream version of the dispute (the ETag's number)."),
        (_, "status") => Reference("DisputeStatus", document),
        (_, "reason") => Reference("DisputeReason", document),
        (_, "party") => Reference("Party", document),
        (_, "openedFrom" or "openedTo" or "at" or "before") => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
        (_, "from" or "to") => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
        (_, "overdue" or "assignedToMe") => new OpenApiSchema { Type = JsonSchemaType.Boolean },
        (_, "subscriptionId") => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
        _ => null,
    };

    private static OpenApiSchema Integer(long minimum, long? maximum, long? fallback, string description) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int64",
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Default = fallback is { } value ? JsonValue.Create(value) : null,
        Description = description,
    };

    private static IOpenApiSchema Reference(string component, OpenApiDocument? document) => new OpenApiSchemaReference(component, document);
}
