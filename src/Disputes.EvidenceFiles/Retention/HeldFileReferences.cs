using Disputes.Domain;
using Disputes.EvidenceFiles.Storage;
using Marten;
using Marten.Events.Projections;

namespace Disputes.EvidenceFiles.Retention;

// Inline, so the bytes go in the very transaction that records their retention running out: a file is never deleted
// without its event, nor its event committed while the file stays. The same bytes held by another dispute stay for
// it (evidence_references). Not rebuildable on purpose: replaying deletions beside half-forgotten references could
// delete bytes another dispute still holds. Partial with public methods for Marten 9's source-generated dispatch.
public partial class HeldFileReferences : EventProjection
{
    private readonly string references;
    private readonly string blobs;
    private readonly string chunks;

    public HeldFileReferences(string schema)
    {
        references = EvidenceTables.Qualified(schema, EvidenceTables.References);
        blobs = EvidenceTables.Qualified(schema, EvidenceTables.Blobs);
        chunks = EvidenceTables.Qualified(schema, EvidenceTables.Chunks);
        Name = "evidence-references";
    }

    public void Project(EvidenceAdded e, IDocumentOperations operations)
    {
        if (e.Evidence.Held)
            operations.QueueSqlCommand($"insert into {references} (dispute_id, sha256) values (?, ?) on conflict do nothing", e.DisputeId, e.Evidence.Sha256);
    }

    public void Project(EvidenceFilesExpired e, IDocumentOperations operations)
    {
        var files = e.Files.Select(f => f.Sha256).Distinct().ToArray();
        operations.QueueSqlCommand($"delete from {references} where dispute_id = ?", e.DisputeId);
        operations.QueueSqlCommand(
            $"""
             delete from {chunks} c using {blobs} b
             where c.content_key = b.content_key and b.sha256 = any(?)
               and not exists (select 1 from {references} r where r.sha256 = b.sha256)
             """, [files]);
        operations.QueueSqlCommand(
            $"delete from {blobs} b where b.sha256 = any(?) and not exists (select 1 from {references} r where r.sha256 = b.sha256)", [files]);
    }
}
