using NodaTime;
using Npgsql;

namespace Disputes.Hosting.Workers;

// SQL over one table whose rows the instances claim under a lease (dispute_deadlines, webhook_outbox), with the one
// rule for a table that is not there yet.
//
// The tables are Marten's extended schema objects. Where Marten creates the schema lazily, a table appears with the
// first write that needs it, and a worker or an operator may look before that: until then there is nothing to claim,
// count or wait for, and a look answers so. Workers never create the table themselves: two instances migrating one
// fresh schema at once trip over each other's DDL, and Marten's first write does it anyway. Where the schema is not
// created lazily (production) a missing table is a broken deployment, and the error fails the run like any other.
public sealed class LeasedTable(StoreSql database, string name)
{
    private volatile bool exists;

    public string Name => name;

    public async Task<List<T>> Query<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct, params object?[] args) =>
        await ExistsAsync(ct) ? await database.Query(sql, read, ct, args) : [];

    public async Task<int> Execute(string sql, CancellationToken ct, params object?[] args) =>
        await ExistsAsync(ct) ? await database.Execute(sql, ct, args) : 0;

    // A claim statement runs on every wakeup of every instance and usually claims nothing: not traced. What it claimed
    // is, by the worker.
    public async Task<List<T>> Claim<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct, params object?[] args)
    {
        using var quiet = OpenTelemetry.SuppressInstrumentationScope.Begin();
        return await Query(sql, read, ct, args);
    }

    // Who holds which rows now, grouped by the instance that claimed them; self is this instance's id, `where` narrows
    // the rows to those that count as claimed for this table.
    public Task<List<InstanceClaims>> ClaimsAsync(Instant now, string self, CancellationToken ct, string where = "true") =>
        Query(InstanceClaims.Sql(name, where), r => InstanceClaims.Read(r, self), ct, now.ToDateTimeUtc());

    private async Task<bool> ExistsAsync(CancellationToken ct)
    {
        if (exists || !database.CreatesSchemaLazily)
            return true;
        var found = await database.Query("select to_regclass($1) is not null", r => r.GetBoolean(0), ct, name);
        return exists = found[0];
    }
}
