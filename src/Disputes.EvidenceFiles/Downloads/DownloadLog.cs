using Disputes.EvidenceFiles.Storage;
using Disputes.Hosting.Workers;
using Marten;

namespace Disputes.EvidenceFiles.Downloads;

// Every file a member of staff opened, before the first byte is sent: an auditor can ask who saw what even of a
// download that was cut off.
public sealed class DownloadLog(IDocumentStore store) : StoreSql(store)
{
    private string Downloads => EvidenceTables.Qualified(Schema, EvidenceTables.Downloads);

    public Task Record(Guid disputeId, Guid evidenceId, string sha256, string subject, string role, string? range, CancellationToken ct) =>
        Execute($"insert into {Downloads} (id, dispute_id, evidence_id, sha256, subject, role, range, at) values ($1, $2, $3, $4, $5, $6, $7, now())",
            ct, Guid.CreateVersion7(), disputeId, evidenceId, sha256, subject, role, range);

    public Task<List<StaffDownload>> Of(Guid disputeId, int limit, CancellationToken ct) =>
        Query($"select evidence_id, sha256, subject, role, range, at from {Downloads} where dispute_id = $1 order by at, id limit $2",
            r => new StaffDownload(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(r.GetDateTime(5), DateTimeKind.Utc))), ct, disputeId, limit);
}

public sealed record StaffDownload(Guid EvidenceId, string Sha256, string Subject, string Role, string? Range, NodaTime.Instant At);
