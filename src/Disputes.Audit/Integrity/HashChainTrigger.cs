using System.Data.Common;
using Disputes.Projections.Store;
using Weasel.Core;
using Weasel.Postgresql;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace Disputes.Audit.Integrity;

// Stamps every row inserted into mt_events with its hash and the previous event's hash (EventHash), in the
// database, so no append path can skip it: commands, the deadline scheduler and any future tool all end in
// an INSERT. The chain cannot fork under concurrent appends because two appenders computing the same version
// of a stream collide on mt_events' unique (stream_id, version) index: the second INSERT waits for the first
// transaction and fails once it commits (Marten reports a concurrency conflict, the command executor retries).
// A version is only ever computed from mt_streams.version, which the appending transaction raises last, so the
// row at version - 1 that the trigger reads is committed (or our own) and can no longer change.
//
// Insert only: an UPDATE of an event must leave its hash stale, or tampering would re-stamp itself.
public sealed class HashChainTrigger : ISchemaObject
{
    // mt_ like Marten's own functions, so Marten's "remove everything" tooling drops it with the tables.
    public const string Name = "mt_events_hash_chain";

    // pg_trigger.tgtype for ROW (1) | BEFORE (2) | INSERT (4).
    private const int BeforeInsertForEachRow = 7;

    // Function-level search_path: sha256, encode and convert_to must be pg_catalog's whatever the session says.
    private const string SearchPath = "pg_catalog, pg_temp";

    private readonly string schema;

    public HashChainTrigger(string schema)
    {
        this.schema = schema;
        Identifier = new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.Function);
    }

    public DbObjectName Identifier { get; }

    private string Events => $"{SchemaUtils.QuoteName(schema, SchemaUtils.IdentifierUsage.General)}.{MartenInternals.EventsTable}";

    // A missing previous row (a gap, or events written before the trigger existed) links to the genesis hash
    // rather than refusing the append: refusing would stop the dispute for good, and the verifier names the gap.
    // Whatever hash headers the inserter brought are replaced; the formula version goes in before hashing, so it is
    // covered like every other header.
    public string Body =>
        $$"""

         DECLARE
             previous text;
             covered jsonb;
         BEGIN
             IF NEW.type = '{{EventHash.MartenTombstoneType}}' THEN
                 RETURN NEW;
             END IF;
             IF NEW.version > 1 THEN
                 SELECT e.headers ->> '{{EventHash.HashHeader}}' INTO previous FROM {{Events}} e
                 WHERE e.stream_id = NEW.stream_id AND e.version = NEW.version - 1;
             END IF;
             previous := coalesce(previous, '{{EventHash.Genesis}}');
             covered := ((CASE WHEN jsonb_typeof(NEW.headers) = 'object' THEN NEW.headers ELSE '{}'::jsonb END)
                     - '{{EventHash.HashHeader}}' - '{{EventHash.PreviousHashHeader}}')
                 || jsonb_build_object('{{EventHash.VersionHeader}}', {{EventHash.CurrentFormula}});
             NEW.headers := covered
                 || jsonb_build_object('{{EventHash.PreviousHashHeader}}', previous, '{{EventHash.HashHeader}}', encode(sha256(convert_to(
                    {{EventHash.CanonicalSql("previous", "covered")}},
                    'UTF8')), 'hex'));
             RETURN NEW;
         END

         """;

    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine($"CREATE OR REPLACE FUNCTION {Identifier.QualifiedName}() RETURNS trigger LANGUAGE plpgsql SET search_path = {SearchPath} AS $hash_chain${Body}$hash_chain$;");
        // No CREATE OR REPLACE TRIGGER before PostgreSQL 14; drop and create run in the migration's one batch.
        writer.WriteLine($"DROP TRIGGER IF EXISTS {Name} ON {Events};");
        writer.WriteLine($"CREATE TRIGGER {Name} BEFORE INSERT ON {Events} FOR EACH ROW EXECUTE FUNCTION {Identifier.QualifiedName}();");
    }

    public void WriteDropStatement(Migrator rules, TextWriter writer)
    {
        writer.WriteLine($"DROP TRIGGER IF EXISTS {Name} ON {Events};");
        writer.WriteLine($"DROP FUNCTION IF EXISTS {Identifier.QualifiedName}();");
    }

    // One row when the function exists: its source as stored (prosrc keeps the text verbatim, so equality is
    // exact), its settings, and whether the trigger is attached, enabled and still BEFORE INSERT FOR EACH ROW.
    // The ; matters: Weasel concatenates every object's query into one command.
    public void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        var schemaParameter = builder.AddParameter(schema).ParameterName;
        var nameParameter = builder.AddParameter(Name).ParameterName;
        builder.Append(
            $"""
             select p.prosrc, array_to_string(p.proconfig, ';'),
                    exists (select 1 from pg_trigger t
                            join pg_class c on c.oid = t.tgrelid
                            join pg_namespace tn on tn.oid = c.relnamespace
                            where t.tgname = :{nameParameter} and c.relname = '{MartenInternals.EventsTable}' and tn.nspname = :{schemaParameter}
                              and t.tgfoid = p.oid and t.tgtype = {BeforeInsertForEachRow} and t.tgenabled in ('O', 'A'))
             from pg_proc p join pg_namespace n on n.oid = p.pronamespace
             where n.nspname = :{schemaParameter} and p.proname = :{nameParameter};
             """);
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        if (!await reader.ReadAsync(ct))
            return new SchemaObjectDelta(this, SchemaPatchDifference.Create);
        var source = await reader.GetFieldValueAsync<string>(0, ct);
        var settings = await reader.IsDBNullAsync(1, ct) ? null : await reader.GetFieldValueAsync<string>(1, ct);
        var attached = await reader.GetFieldValueAsync<bool>(2, ct);
        var current = source == Body && settings == $"search_path={SearchPath}" && attached;
        return new SchemaObjectDelta(this, current ? SchemaPatchDifference.None : SchemaPatchDifference.Update);
    }

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
    }
}
