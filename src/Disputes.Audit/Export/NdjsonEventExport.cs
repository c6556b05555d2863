using Disputes.Projections.Store;
using Marten;
using Npgsql;

namespace Disputes.Audit.Export;

// Events for auditors' own tools: one JSON object per line, exactly as stored — the event's data and headers
// are PostgreSQL's own jsonb text, so what an auditor hashes is what the database holds, and every column either
// hash formula covers is there (docs/audit.md recomputes the hashes from this very format). Archived events and
// Marten's tombstones are stored rows too and are exported, marked. Streamed row by row, so exporting the whole
// store needs no more memory than one event.
public static class NdjsonEventExport
{
    public static async Task<long> Write(IDocumentStore store, Guid? disputeId, TextWriter output, CancellationToken ct)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        // Instants as UTC text with microseconds, independent of the session's TimeZone and DateStyle.
        var sql = $"""
            select json_build_object(
              'sequence', seq_id, 'streamId', stream_id, 'version', version, 'id', id, 'type', type,
              'timestamp', to_char(timestamp at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
              'correlationId', correlation_id, 'causationId', causation_id, 'archived', coalesce(is_archived, false),
              'headers', headers, 'data', data)::text
            from {MartenInternals.Events(schema)}
            {(disputeId is null ? "" : "where stream_id = $1")}
            order by seq_id
            """;

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        if (disputeId is { } id)
            command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        long count = 0;
        while (await reader.ReadAsync(ct))
        {
            await output.WriteLineAsync(reader.GetString(0).AsMemory(), ct);
            count++;
        }
        await output.FlushAsync(ct);
        return count;
    }
}
