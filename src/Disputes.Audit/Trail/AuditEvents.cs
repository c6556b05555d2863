using System.Text.Json;
using Disputes.Domain;
using Disputes.Projections.Writing;
using JasperFx.Events;
using Microsoft.Extensions.Options;
using NodaTime;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Disputes.Audit.Trail;

// Marten's raw events → AuditEvent. Data goes through the app's HTTP JSON options so an event reads exactly
// like the rest of the API (and so the digest is computable from what the events endpoint serves).
public sealed class AuditEvents(IOptions<JsonOptions> json)
{
    public JsonSerializerOptions Json => json.Value.SerializerOptions;

    // fallbackPolicy: for events appended without the header (DisputeOpened carries its own).
    public AuditEvent From(IEvent e, StoredHeaders? headers, string? fallbackPolicy)
    {
        var fact = e.Data as IDisputeEvent
            ?? throw new InvalidOperationException($"Event {e.Sequence} ({e.EventTypeName}) is not a dispute event.");
        return new AuditEvent(
            e.Sequence, e.StreamId, e.Version, e.EventType.Name, Instant.FromDateTimeOffset(e.Timestamp),
            fact.By, headers is { CallerSubject: { } subject, CallerRole: { } role } ? new Caller(subject, role) : null,
            fact.At, e.CorrelationId, e.CausationId,
            headers?.IdempotencyKey,
            headers?.PolicyVersion ?? (fact as DisputeOpened)?.PolicyVersion ?? fallbackPolicy,
            headers?.PreviousHash,
            headers?.Hash,
            headers?.Archived ?? e.IsArchived,
            JsonSerializer.SerializeToElement(e.Data, e.EventType, Json));
    }
}
