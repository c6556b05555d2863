using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Disputes.Reliability;

// HTTP as a storefront, mediator or auditor calls it. Every request gets its own X-Correlation-Id, which the
// API stores on the events it appends: that is how the store check ties events back to requests.
public sealed class ApiClient(HttpClient http, Ledger ledger, Tokens tokens)
{
    public Tokens Tokens => tokens;
    public HttpClient Http => http;

    public Task<Sent> Post(string scenario, string path, JsonNode? body, string token, Guid? disputeId = null,
        string? idempotencyKey = null, long? ifMatch = null, bool mustAppend = false, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body?.ToJsonString() ?? "", Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        if (ifMatch is { } version)
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return Send(scenario, request, token, disputeId, idempotencyKey, mustAppend, ct);
    }

    public Task<Sent> Get(string scenario, string path, string token, CancellationToken ct = default) =>
        Send(scenario, new HttpRequestMessage(HttpMethod.Get, path), token, null, null, false, ct);

    public async Task<Sent> Send(string scenario, HttpRequestMessage request, string? token, Guid? disputeId, string? idempotencyKey,
        bool mustAppend, CancellationToken ct = default)
    {
        var correlation = $"rel:{scenario}:{Guid.NewGuid():N}";
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", correlation);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clock = Stopwatch.StartNew();
        Sent sent;
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            long? version = response.Headers.ETag?.Tag is { } tag && long.TryParse(tag.Trim('"'), out var v) ? v : null;
            sent = new Sent(scenario, request.Method.Method, request.RequestUri!.OriginalString, correlation, disputeId, (int)response.StatusCode,
                response.Content.Headers.ContentType?.MediaType, version, response.Headers.Contains("Idempotent-Replayed"),
                idempotencyKey, mustAppend, body, clock.Elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            sent = new Sent(scenario, request.Method.Method, request.RequestUri!.OriginalString, correlation, disputeId, 0, null, null, false,
                idempotencyKey, mustAppend, $"{e.GetType().Name}: {e.GetBaseException().Message}", clock.Elapsed);
        }
        finally
        {
            request.Dispose();
        }
        ledger.Add(sent);
        return sent;
    }
}
