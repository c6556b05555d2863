using System.Text;
using System.Text.Json.Nodes;

namespace Disputes.Reliability.Scenarios;

// Fuzzing every endpoint of the OpenAPI document: a plausible request, then one hostile twist (broken JSON, wrong
// types, huge values, bad money, unknown enums, bad instants, odd Unicode, oversized bodies, bad headers, path
// tricks). Zero 5xx, every 4xx a problem document, and (store check) no refused request leaves an event.
public static class Hostile
{
    private static readonly string[] PathTricks =
    [
        "not-a-guid", "..%2F..%2Fetc%2Fpasswd", "%00", "'%20OR%201=1--", "%F0%9F%92%A9", new string('a', 3000), "00000000-0000-0000-0000-000000000000",
        "%E2%80%AE", "..", "%252e%252e", "{disputeId}",
    ];

    private static readonly string[] Twists =
    [
        "valid", "truncated", "malformed", "wrong-type", "huge-string", "huge-array", "currency", "amount", "enum", "instant", "unicode",
        "oversized", "headers", "deep", "empty", "path", "query",
    ];

    public static async Task Run(Run run, Findings findings, OpenApi api, int maxBodyBytes)
    {
        var disputes = new List<Guid>();
        for (var i = 0; i < 5; i++)
            disputes.Add(await run.OpenDispute("hostile"));
        var operations = api.Operations.Where(o => !o.Path.StartsWith("/scalar", StringComparison.Ordinal)).ToList();
        var seeds = Enumerable.Range(0, run.Options.Concurrency).Select(_ => run.Random.Next()).ToArray();
        var byTwist = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var lost = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        await Reliability.Run.Parallel(run.Options.FuzzRequests, run.Options.Concurrency, async (n, worker) =>
        {
            var random = new Random(seeds[worker] ^ (n * 7919));
            var op = operations[random.Next(operations.Count)];
            var twist = Twists[random.Next(Twists.Length)];
            byTwist.AddOrUpdate(twist, 1, (_, c) => c + 1);
            var id = disputes[random.Next(disputes.Count)];
            var path = Authorization.Fill(op.Path, id);
            if (twist == "path")
                path = op.Path.Contains('{') ? op.Path.Replace("{disputeId}", PathTricks[random.Next(PathTricks.Length)], StringComparison.Ordinal)
                    .Replace("{sellerId}", PathTricks[random.Next(PathTricks.Length)], StringComparison.Ordinal)
                    : path + "/" + PathTricks[random.Next(PathTricks.Length)];
            path = Authorization.Fill(path, id);
            path += Query(op, api, random, twist == "query");

            var request = new HttpRequestMessage(new HttpMethod(op.Method), path);
            if (op.Method is "POST" or "PUT" or "PATCH")
                request.Content = Content(api.Example(op.Body, random), random, twist, maxBodyBytes);
            if (twist == "headers")
                BadHeaders(request, random);
            // The server closes the connection after refusing these; a fresh one keeps other requests off a dying socket.
            if (twist is "oversized" or "path" or "query")
                request.Headers.ConnectionClose = true;
            var role = random.Next(10) == 0 ? AccessRules.Roles[random.Next(4)] : AccessRules.Caller(op.Method, op.Path);
            var token = run.Client.Tokens.For($"{role}-fuzz-{worker}", role);
            var sent = await run.Client.Send("hostile", request, token, id, null, false);
            if (sent.Lost)
                lost.AddOrUpdate(twist, 1, (_, c) => c + 1);
        });
        var mine = run.Ledger.Of("hostile").ToList();
        findings.Figure("seed", run.Options.Seed);
        findings.Figure("requests", $"{mine.Count} over {operations.Count} endpoints");
        findings.Figure("twists", string.Join(", ", byTwist.OrderBy(t => t.Key).Select(t => $"{t.Key} {t.Value}")));
        findings.Figure("statuses", Conflicts.Statuses(mine));
        // Answered 413 before its body was read, the server closes the connection: a client still sending sees a reset.
        findings.Figure("no answer, by twist", lost.IsEmpty ? "none" : string.Join(", ", lost.Select(l => $"{l.Key} {l.Value}")));
        findings.Expect(lost.Keys.All(t => t == "oversized"), "requests other than oversized bodies went unanswered");
        // Kestrel refuses a request line it cannot parse (a NUL in the path) with an empty 400 before the app runs.
        // Kestrel refuses what it cannot parse (a NUL in the path: 400, a request line over 8 KB: 414) with an empty
        // answer before the app runs.
        var refusedByServer = mine.Where(s => s.Status is 400 or 414 or 431 && s.ContentType is null && s.Body.Length == 0).ToList();
        findings.Figure("refused by the HTTP server before the app (empty 400/414/431)", Conflicts.Statuses(refusedByServer));
        foreach (var error in mine.Where(s => s.Lost).GroupBy(s => s.Body).Take(5))
            findings.Figure("no answer", $"{error.Count()}x {error.Key}");
        ServerErrors.Check(mine.Except(refusedByServer).ToList(), findings);
    }

    private static string Query(Operation op, OpenApi api, Random random, bool hostile)
    {
        if (op.Query.Count == 0)
            return "";
        var parts = op.Query.Where(_ => random.Next(2) == 0).Select(q =>
            $"{q.Name}={Uri.EscapeDataString(hostile ? HostileText(random) : api.Example(q.Schema, random)?.ToString() ?? "")}");
        return "?" + string.Join('&', parts);
    }

    private static string HostileText(Random random) => random.Next(8) switch
    {
        0 => "-1",
        1 => "99999999999999999999999",
        2 => "2026-13-45T99:99:99Z",
        3 => new string('z', 5000),
        4 => "\u202E\u0000\uFEFF",
        5 => "NaN",
        6 => "Bogus",
        _ => "' OR 1=1 --",
    };

    private static HttpContent Content(JsonNode? body, Random random, string twist, int maxBodyBytes)
    {
        var text = body?.ToJsonString() ?? "{}";
        string json = twist switch
        {
            "truncated" => text[..random.Next(Math.Max(1, text.Length))],
            "malformed" => new[] { "{,,}", "[]", "null", "\"x\"", "12", "{\"a\":}", "{'single':'quotes'}", "{\"a\":1,}", "\u0000", "{\"a\":1}{\"b\":2}" }[random.Next(10)],
            "wrong-type" => Replace(body, random, _ => random.Next(4) switch { 0 => JsonValue.Create(12), 1 => JsonValue.Create("12"), 2 => new JsonArray(1, 2), _ => new JsonObject { ["x"] = true } }),
            "huge-string" => Replace(body, random, _ => JsonValue.Create(new string('s', random.Next(2_001, maxBodyBytes / 2)))),
            "huge-array" => Replace(body, random, _ => new JsonArray([.. Enumerable.Range(0, 5_000).Select(i => (JsonNode?)JsonValue.Create(i))])),
            "currency" => Set(body, "currency", () => JsonValue.Create(new[] { "XXX1", "eur", "", "€", "ZZZ", "EURO", "E U" }[random.Next(7)])),
            "amount" => Set(body, "amount", () => random.Next(5) switch { 0 => JsonValue.Create(-1), 1 => JsonValue.Create(0), 2 => JsonValue.Create(long.MaxValue), 3 => JsonValue.Create(1.5), _ => null }, raw: random.Next(3) == 0 ? "9223372036854775808" : random.Next(2) == 0 ? "1e400" : null),
            "enum" => SetEnums(body, random),
            "instant" => Replace(body, random, _ => JsonValue.Create(new[] { "2026-13-45T99:99:99Z", "yesterday", "0000-00-00", "2026-11-25T10:00:00", "+275760-09-13T00:00:00Z", "" }[random.Next(6)])),
            "unicode" => Replace(body, random, _ => JsonValue.Create(new[] { "\uD800", "\u202Eevil", "a\u0000b", "\u200B\u200B", "💩💩", "e\u0301\u0301\u0301", "\uFFFF" }[random.Next(7)])),
            "oversized" => $"{{\"pad\":\"{new string('p', maxBodyBytes + random.Next(1, 1_000_000))}\"}}",
            "deep" => new string('[', 10_000) + new string(']', 10_000),
            "empty" => "",
            _ => text,
        };
        var content = new StringContent(json, Encoding.UTF8, "application/json");
        if (twist == "unicode" && random.Next(3) == 0)
            return new ByteArrayContent([.. Encoding.UTF8.GetBytes("{\"text\":\""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\"}")]) { Headers = { ContentType = new("application/json") } };
        return content;
    }

    private static void BadHeaders(HttpRequestMessage request, Random random)
    {
        switch (random.Next(7))
        {
            case 0: request.Headers.TryAddWithoutValidation("If-Match", new[] { "W/\"1\"", "*", "\"-1\"", "\"99999999999999999999\"", "\"1\", \"2\"", "garbage" }[random.Next(6)]); break;
            case 1: request.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 1_000)); break;
            case 2: request.Headers.TryAddWithoutValidation("Idempotency-Key", "tab\there"); break;
            case 3: if (request.Content is not null) request.Content.Headers.ContentType = new(random.Next(2) == 0 ? "text/plain" : "application/xml"); break;
            case 4: request.Headers.TryAddWithoutValidation("X-Correlation-Id", new string('c', 5_000)); break;
            case 5: request.Headers.TryAddWithoutValidation("Accept", "application/xml;q=x"); break;
            default: if (request.Content is not null) request.Content.Headers.ContentType = null; break;
        }
    }

    // Replaces one leaf (a string, number, bool or null value) of the body.
    private static string Replace(JsonNode? body, Random random, Func<JsonNode?, JsonNode?> with)
    {
        if (body is not JsonObject root)
            return with(null)?.ToJsonString() ?? "null";
        var leaves = Leaves(root).ToList();
        if (leaves.Count == 0)
            return root.ToJsonString();
        var (parent, key) = leaves[random.Next(leaves.Count)];
        parent[key] = with(parent[key]);
        return root.ToJsonString();
    }

    private static string Set(JsonNode? body, string name, Func<JsonNode?> value, string? raw = null)
    {
        if (body is not JsonObject root)
            return "{}";
        var hits = Leaves(root).Where(l => l.Key == name).ToList();
        const string Marker = "\"__raw__\"";
        foreach (var (parent, key) in hits)
            parent[key] = raw is null ? value() : JsonValue.Create("__raw__");
        var text = root.ToJsonString();
        return raw is null ? text : text.Replace(Marker, raw, StringComparison.Ordinal);
    }

    private static string SetEnums(JsonNode? body, Random random)
    {
        if (body is not JsonObject root)
            return "{}";
        foreach (var (parent, key) in Leaves(root).Where(l => l.Key is "reason" or "requestedRemedy" or "kind" or "party" or "decision" or "from" or "remedy"))
            parent[key] = JsonValue.Create(new[] { "Bogus", "fullrefund ", "1", "" }[random.Next(4)]);
        return root.ToJsonString();
    }

    private static IEnumerable<(JsonObject Parent, string Key)> Leaves(JsonObject node)
    {
        foreach (var (key, value) in node.ToList())
        {
            if (value is JsonObject child)
                foreach (var leaf in Leaves(child))
                    yield return leaf;
            else
                yield return (node, key);
        }
    }
}
