namespace Disputes.IntegrationTests.Operations;

// Everything PostgreSQL knows about one schema's objects, as sorted lines with the schema's name replaced, so two
// schemas built different ways can be compared line by line.
public static partial class SchemaCatalog
{
    // Marten declares mt_events.timestamp's default as the string '(now())', which PostgreSQL turns into the instant
    // the table was created, whichever way it is created (appends always write the column, so it is never used).
    // Two schemas created at different instants differ only in that literal.
    [System.Text.RegularExpressions.GeneratedRegex(@"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?\+00'")]
    private static partial System.Text.RegularExpressions.Regex FrozenInstant();

    public static async Task<IReadOnlyList<string>> Read(string schema)
    {
        const string sql = """
            select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
              from information_schema.columns where table_schema = $1
            union all
            select 'index ' || tablename || ' ' || indexdef from pg_indexes where schemaname = $1
            union all
            select 'constraint ' || c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
              from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = $1
            union all
            select 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || coalesce(array_to_string(p.proconfig, ','), '') || ' ' || p.prosrc
              from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = $1
            union all
            select 'trigger ' || c.relname || ' ' || t.tgname || ' ' || t.tgtype || ' ' || t.tgenabled::text
              from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = $1 and not t.tgisinternal
            union all
            select 'sequence ' || sequence_name || ' ' || data_type || ' ' || start_value || ' ' || increment
              from information_schema.sequences where sequence_schema = $1
            """;
        var rows = await TestDatabase.Rows(sql, schema);
        return [.. rows.Select(r => FrozenInstant().Replace(((string)r[0]).Replace(schema, "{schema}", StringComparison.Ordinal), "'{created}'")).Order(StringComparer.Ordinal)];
    }
}
