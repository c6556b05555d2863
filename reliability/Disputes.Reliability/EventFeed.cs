using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Disputes.Reliability;

// Reads the whole store back through the auditors' global feed, the way a downstream consumer would.
public static class EventFeed
{
    public static async Task<List<StoredEvent>> ReadAll(HttpClient http, string auditorToken)
    {
        // The feed holds back events behind a sequence gap younger than 3 s; after a quiet moment nothing is held.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var events = new List<StoredEvent>();
        long after = 0;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/audit/events?after={after}&limit=1000");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", auditorToken);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"GET /audit/events answered {(int)response.StatusCode}: {body}");
            var items = JsonNode.Parse(body)!["items"]!.AsArray();
            if (items.Count == 0)
                return events;
            foreach (var item in items)
                events.Add(new StoredEvent(
                    item!["sequence"]!.GetValue<long>(),
                    Guid.Parse(item["disputeId"]!.GetValue<string>()),
                    item["version"]!.GetValue<long>(),
                    item["type"]!.GetValue<string>(),
                    item["correlationId"]?.GetValue<string>(),
                    item["idempotencyKey"]?.GetValue<string>()));
            after = events[^1].Sequence;
        }
    }
}
