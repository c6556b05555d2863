using Disputes.Domain;
using Disputes.Projections.Rebuilding;
using Disputes.Projections.Store;
using NpgsqlTypes;

namespace Disputes.Projections;

// What DisputeProjection leaves for a whole history, for a batch of disputes at once: the document folded event by
// event with DisputeDetails.After, as the projection folds, at the stream's version (Marten's revision); the list row
// derived from it once, as of the last dispute event, as the side effect derives it after each command (the last
// command's is the row that stays). Asking the machine once per dispute instead of once per command is most of the gain.
internal static class RebuiltDisputeRows
{
    public static async Task Replace(RebuildBatch batch, CancellationToken ct)
    {
        var documents = new List<DisputeDetails>(batch.Histories.Count);
        var rows = new List<DisputeListItem>(batch.Histories.Count);
        foreach (var history in batch.Histories)
        {
            DisputeDetails? document = null;
            var last = default(StoredEvent);
            foreach (var e in history.Events)
            {
                if (e.Data is not IDisputeEvent @event)
                    continue;
                document = DisputeDetails.After(document, history.Id, @event);
                last = e;
            }
            if (document is null)
                continue;
            document.Version = history.Version;
            documents.Add(document);
            rows.Add(DisputeListItem.From(document, last.Version, ((IDisputeEvent)last.Data).At));
        }

        var details = await batch.DocumentTable<DisputeDetails>(ct);
        var list = await batch.DocumentTable<DisputeListItem>(ct);
        await batch.Execute($"delete from {details} where id = any($1)", ct);
        await batch.Execute($"delete from {list} where id = any($1)", ct);
        await batch.CopyDocuments(details, d => d.Id, NpgsqlDbType.Uuid, [MartenInternals.RevisionColumn], documents,
            (row, document) => row.Write(document.Version, NpgsqlDbType.Bigint), ct);
        await batch.CopyDocuments(list, item => item.Id, NpgsqlDbType.Uuid, DisputeListSchema.DuplicatedColumns, rows, DisputeListSchema.WriteDuplicated, ct);
    }
}
