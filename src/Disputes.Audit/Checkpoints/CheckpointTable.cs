using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Disputes.Audit.Checkpoints;

// Signed checkpoints, one row each: the exported file itself (document, exactly the bytes an auditor downloads)
// beside the few facts the listing shows. A plain table so that taking one can lock it against other instances
// and look at the newest row in the same transaction.
public static class CheckpointTable
{
    public const string Name = "audit_checkpoints";

    public static string QualifiedName(string schema) => $"\"{schema}\".{Name}";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn("taken_at", "timestamptz").NotNull();
        // "periodic" (the background loop) or "on-demand" (an auditor, an admin or an operator asked).
        table.AddColumn<string>("kind").NotNull();
        table.AddColumn<string>("taken_by").NotNull();
        table.AddColumn<string>("key_id").NotNull();
        table.AddColumn<long>("sequence").NotNull();
        table.AddColumn<long>("disputes").NotNull();
        table.AddColumn<string>("document").NotNull();
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_taken_at") { Columns = ["taken_at"] });
        return table;
    }
}
