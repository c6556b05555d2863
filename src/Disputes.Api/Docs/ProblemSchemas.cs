using System.Text.Json.Nodes;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Disputes.Api.Docs;

// The problem documents as served: Problem (any error, its type one of ProblemTypes.All), ValidationProblem (400,
// with the field errors) and RefusalProblem (a refusal, with its rule and, on 409, the allowed actions). The
// framework's names and nullable members describe its classes, not what this API guarantees to send.
public static class ProblemSchemas
{
    public const string Problem = "Problem";
    public const string Validation = "ValidationProblem";
    public const string Refusal = "RefusalProblem";

    private static readonly string[] RefusalTypes =
    [
        ProblemTypes.WrongActor, ProblemTypes.DisputeNotFound, ProblemTypes.NotAllowedInState, ProblemTypes.DeadlinePassed,
        ProblemTypes.DisputeAlreadyExists, ProblemTypes.OrderHasOpenDispute, ProblemTypes.LimitReached, ProblemTypes.RuleViolated,
        ProblemTypes.IdempotencyKeyReused,
    ];

    public static OpenApiOptions AddProblems(this OpenApiOptions options)
    {
        var ids = options.CreateSchemaReferenceId;
        options.CreateSchemaReferenceId = info =>
            info.Type == typeof(ProblemDetails) ? Problem
            : info.Type == typeof(HttpValidationProblemDetails) ? Validation
            : info.Type == typeof(RefusalProblemDetails) ? Refusal
            : ids(info);

        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (!typeof(ProblemDetails).IsAssignableFrom(type) || schema.Properties is null)
                return Task.CompletedTask;

            Text(schema, "type", JsonSchemaType.String).Format = "uri";
            Text(schema, "title", JsonSchemaType.String).Description = "A short, human-readable summary; may change, unlike type.";
            Text(schema, "status", JsonSchemaType.Integer).Description = "The HTTP status code.";
            Require(schema, "type", "title", "status");

            if (type == typeof(RefusalProblemDetails))
            {
                schema.Description = "A request the engine understood and refused: `rule` names the rule (e.g. `refund-exceeds-amount-paid`, "
                    + "`action-not-allowed-in-state`); a 409 also lists `allowedActions`, what the caller may do now.";
                Enum(schema, RefusalTypes);
                Text(schema, "rule", JsonSchemaType.String).Description = "The stable name of the rule that refused the request.";
                Require(schema, "rule");
                Describe(schema, "allowedActions", "409 only: the actions the caller may take now (empty when none).");
                Describe(schema, "orderId", "order-has-open-dispute only: the order.");
                Describe(schema, "disputeId", "order-has-open-dispute only: the open dispute that holds the order.");
            }
            else if (type == typeof(HttpValidationProblemDetails))
            {
                schema.Description = "Invalid input: `errors` maps each field (as sent: `amountPaid.amount`, `evidence[0].uri`, a header "
                    + "or a query parameter) to what is wrong with it. Nothing was changed.";
                Enum(schema, [ProblemTypes.InvalidInput]);
                Require(schema, "errors");
            }
            else
            {
                schema.Description = "RFC 9457 problem details; `type` is stable, and some types carry members of their own (named below).";
                ((OpenApiSchema)schema.Properties["type"]).Description = "Stable URI of the kind of problem:\n" + ProblemTypes.Table();
            }
            return Task.CompletedTask;
        });
        return options;
    }

    // Always sent, whatever ProblemDetails' nullable members allow.
    private static OpenApiSchema Text(OpenApiSchema schema, string name, JsonSchemaType type)
    {
        var property = (OpenApiSchema)schema.Properties![name];
        property.Type = type;
        return property;
    }

    private static void Describe(OpenApiSchema schema, string name, string description)
    {
        if (schema.Properties!.TryGetValue(name, out var property) && property is OpenApiSchema described)
            described.Description = description;
    }

    private static void Enum(OpenApiSchema schema, IEnumerable<string> values) =>
        ((OpenApiSchema)schema.Properties!["type"]).Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    private static void Require(OpenApiSchema schema, params string[] names)
    {
        schema.Required ??= new HashSet<string>();
        foreach (var name in names)
            schema.Required.Add(name);
    }
}
