using System.Text.Json.Nodes;

namespace Disputes.Reliability;

// MediaType: what the body is sent as (JSON where the operation takes it, else the one it declares: raw bytes, a form).
public sealed record Operation(string Method, string Path, JsonNode? Body, IReadOnlyList<(string Name, JsonNode? Schema)> Query, string? MediaType = null);

// The API's own OpenAPI document as the source of endpoints and bodies: whatever is added later is fuzzed and
// checked for authorization without touching the harness.
public sealed class OpenApi(JsonObject document)
{
    public static async Task<OpenApi> Load(HttpClient http) =>
        new(JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!.AsObject());

    public IReadOnlyList<Operation> Operations =>
    [
        .. from path in document["paths"]!.AsObject()
           from op in path.Value!.AsObject()
           select new Operation(
               op.Key.ToUpperInvariant(), path.Key,
               op.Value!["requestBody"]?["content"]?["application/json"]?["schema"],
               [.. (op.Value["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query")
                   .Select(p => (p!["name"]!.GetValue<string>(), p["schema"]))],
               op.Value["requestBody"]?["content"]?.AsObject() is { } content
                   ? content.ContainsKey("application/json") ? "application/json" : content.Select(c => c.Key).FirstOrDefault()
                   : null),
    ];

    public JsonNode Resolve(JsonNode schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!;
        return schema;
    }

    // A valid-looking instance: every property filled with a plausible value of its type.
    public JsonNode? Example(JsonNode? schema, Random random, int depth = 0)
    {
        if (schema is null || depth > 6)
            return null;
        schema = Resolve(schema);
        if ((schema["oneOf"] ?? schema["anyOf"]) is { } choices)
        {
            var concrete = choices.AsArray().Where(c => c!["type"]?.ToString() != "null").ToList();
            return concrete.Count == 0 ? null : Example(concrete[random.Next(concrete.Count)], random, depth + 1);
        }
        if (schema["enum"] is JsonArray { Count: > 0 } values && values.Where(v => v is not null).ToList() is { Count: > 0 } named)
            return named[random.Next(named.Count)]!.DeepClone();
        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
            JsonValue one => one.GetValue<string>(),
            _ => schema["properties"] is not null ? "object" : "string",
        };
        var format = schema["format"]?.GetValue<string>();
        return type switch
        {
            "object" => new JsonObject((schema["properties"]?.AsObject() ?? []).Select(p =>
                KeyValuePair.Create(p.Key, Example(p.Value, random, depth + 1)))),
            "array" => new JsonArray(Example(schema["items"], random, depth + 1)),
            "integer" => JsonValue.Create(random.Next(1, 5_000)),
            "number" => JsonValue.Create(random.NextDouble() * 100),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "string" => format switch
            {
                "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
                "date-time" => JsonValue.Create(DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm:ssZ")),
                "uri" => JsonValue.Create("https://store.example/x"),
                _ => JsonValue.Create(Plausible(random)),
            },
            _ => null,
        };
    }

    private static string Plausible(Random random) => random.Next(4) switch
    {
        0 => "EUR",
        1 => "2026-12-01T10:00:00Z",
        2 => "P3D",
        _ => $"text-{random.Next(1000)}",
    };
}
