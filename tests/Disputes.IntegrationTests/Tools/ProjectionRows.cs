using Npgsql;

namespace Disputes.IntegrationTests.Tools;

// Every row the per-dispute projections hold for some disputes, as text, so a rebuilt store can be compared with the live one.
// Marten's bookkeeping (last modified, dotnet type) is left out: it says when a row was written, not what it says.
public static class ProjectionRows
{
    public static async Task<SortedDictionary<string, string>> Read(string schema, Guid[] disputes)
    {
        var queries = new Dictionary<string, string>
        {
            ["details"] = $"select id::text, mt_version::text || ' ' || data::text from \"{schema}\".mt_doc_disputedetails where id = any($1)",
            ["list"] = $"select id::text, data::text from \"{schema}\".mt_doc_disputelistitem where id = any($1)",
            ["orders"] = $"select id, data::text from \"{schema}\".mt_doc_orderopendispute where (data->>'disputeId')::uuid = any($1)",
            ["deadlines"] = $"select dispute_id::text || ' ' || kind, concat_ws(' ', due_ns, rule, stream_version) from \"{schema}\".dispute_deadlines where dispute_id = any($1)",
        };
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await TestDatabase.Open();
        foreach (var (table, sql) in queries)
        {
            await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = disputes } } };
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows[$"{table} {reader.GetString(0)}"] = reader.GetString(1);
        }
        return rows;
    }
}
