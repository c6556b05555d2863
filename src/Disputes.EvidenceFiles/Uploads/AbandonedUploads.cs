using Disputes.EvidenceFiles.Storage;
using Disputes.Hosting.Workers;
using Marten;

namespace Disputes.EvidenceFiles.Uploads;

// What an upload leaves behind when nobody finishes it: a large upload never completed, and the chunks of a one-shot
// upload whose instance died before it named them (a failed upload cleans up after itself; a killed one cannot).
// Content keys are version-7 UUIDs, so a chunk's age is read from its key: a write still streaming is never taken.
public sealed class AbandonedUploads(IDocumentStore store, PostgresEvidenceStore files) : StoreSql(store)
{
    private string Uploads => EvidenceTables.Qualified(Schema, EvidenceTables.Uploads);
    private string Chunks => EvidenceTables.Qualified(Schema, EvidenceTables.Chunks);
    private string Blobs => EvidenceTables.Qualified(Schema, EvidenceTables.Blobs);

    public async Task<(int Uploads, int Chunks)> Sweep(TimeSpan olderThan, CancellationToken ct)
    {
        await files.EnsureStorageAsync(ct);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var cutoff = DateTimeOffset.UtcNow - olderThan;
        var uploads = await Execute(connection, transaction, $"delete from {Uploads} where created_at < $1", ct, cutoff);
        var chunks = await Execute(connection, transaction,
            $"""
             delete from {Chunks} c
             where ('x' || substr(replace(c.content_key::text, '-', ''), 1, 12))::bit(48)::bigint < $1
               and not exists (select 1 from {Blobs} b where b.content_key = c.content_key)
               and not exists (select 1 from {Uploads} u where u.id = c.content_key)
             """, ct, cutoff.ToUnixTimeMilliseconds());
        await transaction.CommitAsync(ct);
        return (uploads, chunks);
    }
}
