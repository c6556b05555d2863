using System.Globalization;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Disputes.Api.Docs;

// Request bodies bind to nullable members so that a missing field is a 400 naming it rather than a binding
// failure; the document describes the contract instead: a required field is never null. Evidence metadata and
// currencies also state the rules the domain enforces (EvidenceRules, the policy in force), so a generated client
// can check them before sending.
public static class RequestSchemas
{
    public static OpenApiOptions AddRequests(this OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (schema.Properties is null || !IsRequest(type))
                return Task.CompletedTask;

            if (type == typeof(EvidenceInput))
            {
                var policy = context.ApplicationServices.GetRequiredService<PolicyCatalog>().Current;
                Set(schema, "uri", s =>
                {
                    s.Format = "uri";
                    s.MaxLength = EvidenceItem.MaxUriLength;
                    s.Description = "Absolute, percent-encoded https URL of the file at the storefront, with a host and without credentials"
                        + (policy.AllowHttpEvidence ? " (http is allowed by the policy in force)." : ".");
                });
                Set(schema, "fileName", s =>
                {
                    s.MaxLength = EvidenceItem.MaxFileNameLength;
                    s.Description = "The file's name: no path (/ or \\), control or text-direction characters.";
                });
                Set(schema, "mediaType", s => s.Pattern = EvidenceItem.MediaTypePattern);
                Set(schema, "sha256", s => s.Pattern = EvidenceItem.Sha256Pattern);
                Set(schema, "sizeBytes", s =>
                {
                    s.Minimum = "1";
                    s.Maximum = policy.MaxEvidenceBytes.ToString(CultureInfo.InvariantCulture);
                });
            }
            else if (type == typeof(MoneyInput))
            {
                Set(schema, "currency", s =>
                {
                    s.Pattern = "^[A-Z]{3}$";
                    s.Description = "ISO 4217 code, upper case.";
                });
            }
            return Task.CompletedTask;
        });

        // Nullability becomes oneOf [null, X] only when the document is assembled, so it is undone on the components.
        options.AddDocumentTransformer((document, _, _) =>
        {
            foreach (var (name, component) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
                if (RequestNames.Contains(name) && component is OpenApiSchema { Properties: { } properties } schema)
                    foreach (var required in schema.Required ?? new HashSet<string>())
                        if (properties.TryGetValue(required, out var property))
                            properties[required] = NotNull(property);
            return Task.CompletedTask;
        });
        return options;
    }

    // Request bodies live in the host and in the modules it references.
    private static readonly HashSet<string> RequestNames =
    [
        .. typeof(Program).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("Disputes.", StringComparison.Ordinal))
            .Select(System.Reflection.Assembly.Load)
            .Append(typeof(Program).Assembly)
            .SelectMany(a => a.GetTypes()).Where(IsRequest).Select(t => t.Name),
    ];

    private static bool IsRequest(Type type) =>
        typeof(IRequestBody).IsAssignableFrom(type) || type == typeof(MoneyInput) || type == typeof(EvidenceInput) || type == typeof(ActingAs);

    // oneOf [null, X] becomes X; a nullable primitive loses its null.
    private static IOpenApiSchema NotNull(IOpenApiSchema property)
    {
        if (property is OpenApiSchema { OneOf.Count: > 0 } choice && choice.OneOf.Where(c => c is OpenApiSchemaReference || c.Type != JsonSchemaType.Null).ToList() is [var only])
            return only;
        if (property is OpenApiSchema { Type: { } types } primitive && types.HasFlag(JsonSchemaType.Null))
            primitive.Type = types & ~JsonSchemaType.Null;
        return property;
    }

    private static void Set(OpenApiSchema schema, string name, Action<OpenApiSchema> change)
    {
        if (schema.Properties!.TryGetValue(name, out var property) && property is OpenApiSchema inline)
            change(inline);
    }
}
