using Disputes.Audit.Integrity;
using Disputes.Domain;
using Disputes.Projections.Store;
using Disputes.Projections.Writing;
using JasperFx.Events;
using Marten;
using Marten.Events.Archiving;

namespace Disputes.Audit.Trail;

// Turns a page of raw events into AuditEvents with their headers exactly as written. Marten hands headers back
// as Dictionary<string, object> and its serializer reads a date-like string ("2026-11-01", our policy version)
// as a DateTime, so the headers are read as text straight from the jsonb column instead.
public static class AuditTrailReader
{
    public static async Task<List<AuditEvent>> Describe(IQuerySession session, AuditEvents audit, IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return [];
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var rows = await session.AdvancedSql.QueryAsync<StoredHeaders>(
            $"select json_build_object('sequence', seq_id, 'policyVersion', headers->>'{EventHeaders.PolicyVersion}', "
            + $"'idempotencyKey', headers->>'{EventHeaders.IdempotencyKey}', 'previousHash', headers->>'{EventHash.PreviousHashHeader}', "
            + $"'callerSubject', headers->>'{EventHeaders.CallerSubject}', 'callerRole', headers->>'{EventHeaders.CallerRole}', "
            + $"'hash', headers->>'{EventHash.HashHeader}', 'archived', is_archived) from {MartenInternals.Events(schema)} where seq_id = any(?)",
            ct, events.Select(e => e.Sequence).ToArray());
        var headers = rows.ToDictionary(r => r.Sequence);
        var policies = await OpeningPolicies(session, events.Where(e => headers.GetValueOrDefault(e.Sequence)?.PolicyVersion is null), ct);
        return events.Select(e => audit.From(e, headers.GetValueOrDefault(e.Sequence), policies.GetValueOrDefault(e.StreamId))).ToList();
    }

    // For events appended without the policyVersion header: a dispute keeps the policy it opened under for
    // life, and DisputeOpened records it. Looked up only when some event needs it.
    private static async Task<Dictionary<Guid, string>> OpeningPolicies(IQuerySession session, IEnumerable<IEvent> lacking, CancellationToken ct)
    {
        var streams = lacking.Select(e => e.StreamId).Distinct().ToArray();
        if (streams.Length == 0)
            return [];
        var openings = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(streams) && e.Version == 1 && e.MaybeArchived())
            .ToListAsync(ct);
        return openings.Where(e => e.Data is DisputeOpened).ToDictionary(e => e.StreamId, e => ((DisputeOpened)e.Data).PolicyVersion);
    }
}

public sealed record StoredHeaders(
    long Sequence, string? PolicyVersion, string? IdempotencyKey, string? PreviousHash, string? Hash, string? CallerSubject, string? CallerRole,
    bool Archived);
