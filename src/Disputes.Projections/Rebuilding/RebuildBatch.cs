using System.Buffers;
using Disputes.Projections.Store;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Disputes.Projections.Rebuilding;

// One batch of a per-dispute rebuild: the disputes, their histories and the connection whose transaction holds their
// streams locked. Rows are written in bulk (COPY) on that connection, so they commit or vanish with the batch.
public sealed class RebuildBatch(IDocumentStore store, NpgsqlConnection connection, Guid[] ids, IReadOnlyList<DisputeHistory> histories)
{
    public Guid[] Ids { get; } = ids;
    public IReadOnlyList<DisputeHistory> Histories { get; } = histories;
    public NpgsqlConnection Connection { get; } = connection;

    private readonly ArrayBufferWriter<byte> json = new(4096);

    // Marten's own serializer, so a document's JSON is what the inline projection stores; as UTF-8, what the column
    // takes, into one buffer reused row after row (the importer has copied a row's bytes when Write returns).
    public ReadOnlyMemory<byte> Json(object document)
    {
        json.ResetWrittenCount();
        store.Options.Serializer().WriteTo(json, document);
        return json.WrittenMemory;
    }

    public Task<string> DocumentTable<T>(CancellationToken ct) => MartenInternals.DocumentTable<T>(store, ct);

    // Binary COPY: one statement for all the rows of a table, where inline writes are a statement per row or event.
    public async Task Copy<T>(string table, IReadOnlyList<string> columns, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken ct)
    {
        await using var importer = await Connection.BeginBinaryImportAsync($"copy {table} ({string.Join(", ", columns)}) from stdin (format binary)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            write(importer, row);
        }
        await importer.CompleteAsync(ct);
    }

    // Marten document rows: the columns every document table has (MartenInternals.DocumentColumns: the id, the JSON as
    // Marten serializes it, the .NET type), then the table's own, written by `more`.
    public Task CopyDocuments<T, TId>(string table, Func<T, TId> id, NpgsqlDbType idType, IReadOnlyList<string> moreColumns, IEnumerable<T> documents,
        Action<NpgsqlBinaryImporter, T> more, CancellationToken ct) where T : notnull =>
        Copy(table, [.. MartenInternals.DocumentColumns, .. moreColumns], documents, (row, document) =>
        {
            row.Write(id(document), idType);
            row.Write(Json(document), NpgsqlDbType.Jsonb);
            row.Write(MartenInternals.DotNetType<T>(), NpgsqlDbType.Varchar);
            more(row, document);
        }, ct);

    // A statement over the batch's disputes ($1).
    public async Task Execute(string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, Connection) { Parameters = { new() { Value = Ids } } };
        await command.ExecuteNonQueryAsync(ct);
    }
}
