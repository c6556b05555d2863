using System.Text.Json;

namespace Disputes.Webhooks.Delivery;

// The body of a delivery. Built from the outbox row and the event exactly as stored, so every attempt at a
// notification sends the same bytes. occurredAt is the event's own instant, copied as written (the same
// ISO-8601 text as in GET /audit/events), and data is the event itself in the API's JSON shape.
public static class WebhookPayload
{
    public static byte[] Build(ClaimedNotification n, string eventData, string disputeLink)
    {
        using var stored = JsonDocument.Parse(eventData);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", n.Id);
            json.WriteString("type", n.EventType);
            json.WriteString("disputeId", n.DisputeId);
            json.WriteNumber("version", n.Version);
            json.WriteNumber("sequence", n.Sequence);
            if (stored.RootElement.TryGetProperty("at", out var at))
            {
                json.WritePropertyName("occurredAt");
                at.WriteTo(json);
            }
            json.WriteString("eventId", n.EventId);
            json.WriteStartObject("links");
            json.WriteString("dispute", disputeLink);
            json.WriteEndObject();
            json.WritePropertyName("data");
            stored.RootElement.WriteTo(json);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
