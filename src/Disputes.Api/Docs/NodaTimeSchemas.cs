using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Disputes.Api.Docs;

// NodaTime types travel as ISO-8601 strings (DisputesJson); without this the document would describe
// them as the CLR structs' empty objects.
public static class NodaTimeSchemas
{
    private static readonly Dictionary<Type, string?> Formats = new()
    {
        [typeof(Instant)] = "date-time",
        [typeof(Duration)] = "duration",
        [typeof(LocalTime)] = "time",
        [typeof(LocalDate)] = "date",
    };

    public static bool Describes(Type type) => Formats.ContainsKey(Nullable.GetUnderlyingType(type) ?? type);

    public static OpenApiOptions AddNodaTime(this OpenApiOptions options)
    {
        // Inline rather than $ref'd components, so each property reads as a plain string with a format.
        var defaultIds = options.CreateSchemaReferenceId;
        options.CreateSchemaReferenceId = info => Describes(info.Type) ? null : defaultIds(info);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            var underlying = Nullable.GetUnderlyingType(type);
            if (Formats.TryGetValue(underlying ?? type, out var format))
            {
                schema.Type = underlying is null ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                schema.Format = format;
                schema.Properties?.Clear();
                schema.Required?.Clear();
            }
            return Task.CompletedTask;
        });
        return options;
    }
}
