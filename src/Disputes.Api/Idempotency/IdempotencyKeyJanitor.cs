using Disputes.Projections;
using Disputes.Projections.Store;
using Marten;
using NodaTime;

namespace Disputes.Api.Idempotency;

// Idempotency keys must outlive every retry a client may still send: they are kept until their dispute
// has been closed for 30 days, then removed in the background so the table does not grow forever.
public sealed class IdempotencyKeyJanitor(IDocumentStore store, IClock clock, ILogger<IdempotencyKeyJanitor> logger) : BackgroundService
{
    public static readonly Duration Retention = Duration.FromDays(30);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var cutoff = clock.GetCurrentInstant() - Retention;
        var schema = store.Options.Schema;
        var keys = schema.For<IdempotencyRecord>();
        var disputes = schema.For<DisputeDetails>();
        // Keys of disputes that no longer exist (never opened: a refused opening) go once they are as old.
        var sql = $"""
            delete from {keys} k
            where not exists (
                select 1 from {disputes} d
                where d.id = (k.data ->> 'disputeId')::uuid
                  and (d.data -> 'state' ->> 'closedAt' is null or (d.data -> 'state' ->> 'closedAt')::timestamptz >= @cutoff))
              and (k.data ->> 'createdAt')::timestamptz < @cutoff
            """;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("cutoff", cutoff.ToDateTimeUtc());
        return await command.ExecuteNonQueryAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var removed = await PurgeAsync(stoppingToken);
                if (removed > 0)
                    logger.LogInformation("Removed {Count} idempotency keys past retention", removed);
            }
            // A schema created lazily (development, tests, the simulation) has no key table before the first keyed command:
            // nothing to purge yet, and nothing to warn about.
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable
                && MartenInternals.Options(store).AutoCreateSchemaObjects != JasperFx.AutoCreate.None)
            {
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Idempotency key purge failed; will retry in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
