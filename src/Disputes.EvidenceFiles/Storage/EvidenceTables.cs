using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Disputes.EvidenceFiles.Storage;

// The PostgreSQL default of the evidence store. Content and names are apart: chunks are written under a fresh key as
// they stream in, and only once the whole file is hashed does a blob row name that key by its SHA-256 — so the same
// bytes uploaded twice share one copy, and a half-written upload is never a blob.
public static class EvidenceTables
{
    public const string Blobs = "evidence_blobs";
    public const string Chunks = "evidence_chunks";
    public const string Uploads = "evidence_uploads";
    public const string Downloads = "evidence_downloads";
    public const string References = "evidence_references";

    public static IReadOnlyList<Table> Define(string schema) => [BlobTable(schema), ChunkTable(schema), ReferenceTable(schema), UploadTable(schema), DownloadTable(schema)];

    public static string Qualified(string schema, string table) => $"\"{schema}\".{table}";

    private static Table New(string schema, string name) => new(new PostgresqlObjectName(schema, name, SchemaUtils.IdentifierUsage.General));

    private static Table BlobTable(string schema)
    {
        var table = New(schema, Blobs);
        table.AddColumn<string>("sha256").AsPrimaryKey();
        table.AddColumn<long>("size_bytes").NotNull();
        table.AddColumn<Guid>("content_key").NotNull();
        // Every chunk but the last has chunk_bytes, so a range read finds its chunks without reading the others.
        table.AddColumn<int>("chunk_bytes").NotNull();
        table.AddColumn<int>("chunk_count").NotNull();
        table.AddColumn("stored_at", "timestamptz").NotNull();
        return table;
    }

    private static Table ChunkTable(string schema)
    {
        var table = New(schema, Chunks);
        table.AddColumn<Guid>("content_key").AsPrimaryKey();
        table.AddColumn<int>("index").AsPrimaryKey();
        table.AddColumn("data", "bytea").NotNull();
        return table;
    }

    // Which disputes hold which bytes: a file is deleted when the last dispute holding it lets it go.
    private static Table ReferenceTable(string schema)
    {
        var table = New(schema, References);
        table.AddColumn<Guid>("dispute_id").AsPrimaryKey();
        table.AddColumn<string>("sha256").AsPrimaryKey();
        table.Indexes.Add(new IndexDefinition($"ix_{References}_sha256") { Columns = ["sha256"] });
        return table;
    }

    // The large-file flow: parts staged as chunks under the upload's own key until it is completed.
    private static Table UploadTable(string schema)
    {
        var table = New(schema, Uploads);
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("dispute_id").NotNull();
        table.AddColumn<string>("created_by").NotNull();
        table.AddColumn<string>("file_name").NotNull();
        table.AddColumn<long>("size_bytes").NotNull();
        table.AddColumn<long>("received_bytes").NotNull();
        table.AddColumn<int>("part_count").NotNull();
        table.AddColumn("created_at", "timestamptz").NotNull();
        table.Indexes.Add(new IndexDefinition($"ix_{Uploads}_dispute_id") { Columns = ["dispute_id"] });
        return table;
    }

    // Who among the staff saw which file, when: the auditors' answer to "who looked at the supplier's invoice".
    private static Table DownloadTable(string schema)
    {
        var table = New(schema, Downloads);
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("dispute_id").NotNull();
        table.AddColumn<Guid>("evidence_id").NotNull();
        table.AddColumn<string>("sha256").NotNull();
        table.AddColumn<string>("subject").NotNull();
        table.AddColumn<string>("role").NotNull();
        table.AddColumn<string>("range");
        table.AddColumn("at", "timestamptz").NotNull();
        table.Indexes.Add(new IndexDefinition($"ix_{Downloads}_dispute_id_at") { Columns = ["dispute_id", "at"] });
        return table;
    }
}
