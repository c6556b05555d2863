using Disputes.Api.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Disputes.Api.Docs;

// What the generated document cannot infer: the guide, the bearer scheme on protected operations, and
// the headers every command accepts.
public static class OpenApiConventions
{
    private const string Bearer = "Bearer";

    public static OpenApiOptions AddDisputesConventions(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = ApiGuide.Title,
                Version = "v1",
                Description = ApiGuide.Description,
                License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-Proprietary" },
            };
            // The host that served the document, as ASP.NET saw it, without the trailing slash linters reject.
            foreach (var server in document.Servers ?? [])
                server.Url = server.Url?.TrimEnd('/');
            document.Tags = new HashSet<OpenApiTag>
            {
                new() { Name = "Storefront", Description = "The storefront backend, acting for a buyer, a seller or the platform." },
                new() { Name = "Mediation", Description = "Mediators: the work queue and decisions on escalated cases." },
                new() { Name = "Audit", Description = "Read-only: every event with who, when and why; state as of any point; the global feed." },
                new() { Name = "Statistics", Description = "Cross-dispute figures from the async projections: seller scorecards, daily figures per reason." },
                new() { Name = "Diagnostics", Description = "Operators (admin role): the deadline scheduler's and the webhook dispatcher's status and backlog." },
                new() { Name = "Console", Description = "The web console's own sign-in: its settings, and in Development a local token issuer. Everything else it shows comes from the operations above." },
                new() { Name = "Webhooks", Description = "Admins: subscriptions to signed event notifications, and the dead-letter list. Payload, headers and signature: see the README." },
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with a role claim: storefront, mediator, auditor or admin.",
            };
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any())
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }];
                operation.Responses ??= [];
                operation.Responses.TryAdd("401", Problem("No valid bearer token.", context.Document));
                operation.Responses.TryAdd("403", Problem("The token's role may not call this.", context.Document));
            }

            // Explicitly open (an empty requirement), so a reader and a linter can tell it from a forgotten one.
            else if (metadata.OfType<IAllowAnonymous>().Any())
                operation.Security = [new OpenApiSecurityRequirement()];

            if (metadata.OfType<DisputeCommandMetadata>().Any())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(Header("Idempotency-Key", "Retry-safe key: the same key and body replay the first response; another body is a 422."));
                operation.Parameters.Add(Header("If-Match", "The version you read, quoted (\"3\"): the write fails with 412 if the dispute moved on."));
                operation.Parameters.Add(Header("X-Correlation-Id", "Recorded on the resulting events and echoed back."));
            }

            // [AsParameters] records name query parameters after their PascalCase properties; binding ignores case,
            // but the document is what clients copy, and every other name on the wire is camelCase.
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
                if (parameter is { In: ParameterLocation.Query, Name: [var first, ..] name } && char.IsUpper(first))
                    parameter.Name = char.ToLowerInvariant(first) + name[1..];

            // Endpoints that bind Idempotency-Key themselves (webhook subscriptions) get the same words as commands.
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
                if (parameter is { Name: "Idempotency-Key", In: ParameterLocation.Header, Description: null or "" })
                    parameter.Description = "Retry-safe key: the same key and body return the first response again; another body is a 422.";

            if (RequestExamples.For(operation.OperationId) is { } example
                && operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true)
                media.Example = example;
            return Task.CompletedTask;
        });
        return options;
    }

    private static OpenApiResponse Problem(string description, OpenApiDocument? document) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
        },
    };

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
