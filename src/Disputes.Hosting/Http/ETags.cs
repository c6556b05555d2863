using Microsoft.Net.Http.Headers;

namespace Disputes.Hosting.Http;

// The stream version is the entity tag: "3". If-Match sends it back to make a write conditional.
public static class ETags
{
    public static string Format(long version) => $"\"{version}\"";

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = Format(version);

    // Null when absent; a malformed value is a client error, not "no precondition".
    public static bool TryReadIfMatch(HttpRequest request, out long? version)
    {
        version = null;
        var raw = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(raw))
            return true;
        if (!EntityTagHeaderValue.TryParse(raw, out var tag) || tag.IsWeak || !long.TryParse(tag.Tag.AsSpan().Trim('"'), out var parsed))
            return false;
        version = parsed;
        return true;
    }
}
