using System.Text;
using System.Text.Json;

namespace Disputes.Audit.Integrity;

// PostgreSQL's text output of a jsonb value, rendered in C# so the verifier does not ask the database how to
// render what the trigger hashed. jsonb's output is deterministic for a stored value: object keys sorted by their
// UTF-8 length, then bytewise; ", " between items and ": " after keys; numbers as stored; strings with '"', '\'
// and control characters escaped and everything else (non-ASCII included) as is. The input is text PostgreSQL
// rendered itself (headers::text), so its numbers are already in PostgreSQL's form and are copied verbatim.
public static class JsonbText
{
    // A text column as to_jsonb(value)::text renders it: a JSON string, or null.
    public static string String(string? value)
    {
        if (value is null)
            return "null";
        var text = new StringBuilder(value.Length + 2);
        Quote(text, value);
        return text.ToString();
    }

    // The object in jsonbText without the given top-level keys, as PostgreSQL renders (jsonb - key - key)::text.
    public static string ObjectWithout(string jsonbText, params string[] keys)
    {
        using var document = JsonDocument.Parse(jsonbText);
        var text = new StringBuilder(jsonbText.Length);
        Object(text, document.RootElement.EnumerateObject().Where(p => !keys.Contains(p.Name)));
        return text.ToString();
    }

    private static void Value(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                Object(text, value.EnumerateObject());
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    text.Append(first ? "" : ", ");
                    first = false;
                    Value(text, item);
                }
                text.Append(']');
                break;
            case JsonValueKind.String:
                Quote(text, value.GetString()!);
                break;
            default:
                text.Append(value.GetRawText());
                break;
        }
    }

    private static void Object(StringBuilder text, IEnumerable<JsonProperty> properties)
    {
        text.Append('{');
        var first = true;
        foreach (var property in properties.OrderBy(p => Encoding.UTF8.GetBytes(p.Name), KeyOrder.Instance))
        {
            text.Append(first ? "" : ", ");
            first = false;
            Quote(text, property.Name);
            text.Append(": ");
            Value(text, property.Value);
        }
        text.Append('}');
    }

    private static void Quote(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        text.Append('"');
    }

    // jsonb's key order: shorter UTF-8 first, then bytewise.
    private sealed class KeyOrder : IComparer<byte[]>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) =>
            x!.Length != y!.Length ? x.Length.CompareTo(y.Length) : x.AsSpan().SequenceCompareTo(y);
    }
}
