using Disputes.EvidenceFiles.Storage;
using Disputes.Hosting.Workers;
using Disputes.Projections.Store;
using Marten;

namespace Disputes.EvidenceFiles.Integrity;

// Reads every citation of a held file (a decision's considered items, a message's attachments) straight from the
// stored events, not from a projection that could be rebuilt to agree, and rehashes each cited file once, however
// many events cite it. A dispute whose retention clock deleted its files is not checked: its event says where they went.
public sealed class CitedFilesCheck(IDocumentStore store, IEvidenceStore files) : StoreSql(store), ICitedFilesCheck
{
    public async Task<CitedFilesReport> Check(Guid? disputeId, CancellationToken ct)
    {
        var citations = await Query(
            $"""
             select e.stream_id, e.version, c ->> 'evidenceId', c ->> 'sha256'
             from {MartenInternals.Events(Schema)} e
             cross join lateral jsonb_array_elements(case when jsonb_typeof(e.data -> 'considered') = 'array' then e.data -> 'considered'
                                                          when jsonb_typeof(e.data -> 'attachments') = 'array' then e.data -> 'attachments' else '[]'::jsonb end) c
             where e.type in ('mediator_decision_recorded', 'message_posted') and coalesce((c ->> 'held')::boolean, false)
               and ($1::uuid is null or e.stream_id = $1)
               and not exists (select 1 from {MartenInternals.Events(Schema)} x where x.stream_id = e.stream_id and x.type = 'evidence_files_expired')
             order by e.stream_id, e.version
             """,
            r => (Dispute: r.GetGuid(0), Version: r.GetInt64(1), Evidence: Guid.Parse(r.GetString(2)), Sha256: r.GetString(3)), ct, disputeId);
        var verdicts = new Dictionary<string, string?>();
        var unresolved = new List<UnresolvedCitation>();
        foreach (var c in citations)
        {
            if (!verdicts.TryGetValue(c.Sha256, out var problem))
                verdicts[c.Sha256] = problem = await files.Find(c.Sha256, ct) is null ? "missing"
                    : await files.StillHashesTo(c.Sha256, ct) ? null : "altered";
            if (problem is not null)
                unresolved.Add(new UnresolvedCitation(c.Dispute, c.Version, c.Evidence, c.Sha256, problem));
        }
        return new CitedFilesReport(citations.Count, unresolved);
    }
}
