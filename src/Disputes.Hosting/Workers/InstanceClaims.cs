using NodaTime;
using Npgsql;

namespace Disputes.Hosting.Workers;

// Rows one instance holds now (deadlines or webhook notifications it claimed, hidden from the other instances
// until their lease ends), for the diagnostics. A dead instance's claims stay listed until LeaseEndsLast.
public sealed record InstanceClaims(string Instance, bool ThisInstance, long Claims, Instant LeaseEndsFirst, Instant LeaseEndsLast)
{
    // The grouping every leased table shares (LeasedTable.ClaimsAsync): $1 is now; `where` narrows it to live claims of that table.
    public static string Sql(string table, string where) =>
        $"""
         select coalesce(claimed_by, '(unknown)'), count(*), min(claimed_until), max(claimed_until)
         from {table} where claimed_until > $1 and {where}
         group by 1 order by 3, 1
         """;

    public static InstanceClaims Read(NpgsqlDataReader r, string self) => new(
        r.GetString(0), r.GetString(0) == self, r.GetInt64(1),
        Instant.FromDateTimeUtc(r.GetDateTime(2)), Instant.FromDateTimeUtc(r.GetDateTime(3)));
}
