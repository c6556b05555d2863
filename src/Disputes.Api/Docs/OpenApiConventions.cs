using Disputes.Api.Http;
using Disputes.Hosting.Http;
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

            if (metadata.OfType<DisputeCommandMetadata>().FirstOrDefault() is { } command)
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(Header("Idempotency-Key", "Retry-safe key: the same key and body replay the first response; another body is a 422."));
                if (command.Conditional)
                    operation.Parameters.Add(Header("If-Match", "The version you read, quoted (\"3\"): the write fails with 412 if the dispute moved on.", "^\"[0-9]+\"$"));
                operation.Parameters.Add(Header("X-Correlation-Id", "Recorded on the resulting events and echoed back."));
                PlainBody(operation, command.BodyRequired);
                foreach (var (status, description) in CommandOutcomes)
                    if (operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse outcome)
                        outcome.Description = description;
            }

            if (metadata.OfType<ReturnsETag>().Any())
                foreach (var (status, response) in operation.Responses ?? [])
                    if (status.StartsWith('2') && response is OpenApiResponse success)
                    {
                        success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                        success.Headers["ETag"] = new OpenApiHeader
                        {
                            Description = "The dispute's version, quoted (\"3\"): send it back as If-Match to make a write conditional.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^\"[0-9]+\"$" },
                        };
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

    // What each status of a command means, in the words of the problem types it carries.
    private static readonly Dictionary<string, string> CommandOutcomes = new()
    {
        ["400"] = "Invalid input (invalid-input): errors names each field; nothing was changed.",
        ["403"] = "The token's role may not call this (forbidden), or the party acted for may not take this action (actor-not-permitted, with rule).",
        ["404"] = "No dispute has this id (dispute-not-found).",
        ["409"] = "Refused now: not allowed in the dispute's state, its deadline passed, or the id or order is taken; rule says which and allowedActions what is possible.",
        ["412"] = "The dispute moved on from the version in If-Match (version-mismatch); read it again and decide again.",
        ["422"] = "A business rule or policy limit refused it (rule-violated, limit-reached; rule names it), or the Idempotency-Key was used for another request.",
    };

    // A nullable body parameter comes out as oneOf [null, Body] and optional; the command's body is the object,
    // required unless the caller is the whole command (an empty body is then a 400 naming what is missing).
    private static void PlainBody(OpenApiOperation operation, bool required)
    {
        if (operation.RequestBody is not OpenApiRequestBody body)
            return;
        body.Required = required;
        foreach (var media in (body.Content ?? new Dictionary<string, OpenApiMediaType>()).Values)
            if (media.Schema is OpenApiSchema { OneOf: { Count: > 0 } choices })
                media.Schema = choices.Single(c => c is OpenApiSchemaReference);
    }

    private static OpenApiResponse Problem(string description, OpenApiDocument? document) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchemas.Problem, document) },
        },
    };

    private static OpenApiParameter Header(string name, string description, string? pattern = null) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = pattern },
    };
}
