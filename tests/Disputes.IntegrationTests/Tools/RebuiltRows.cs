using System.Net;
using Disputes.IntegrationTests.Deadlines;
using Disputes.Projections.Rebuilding;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Tools;

public sealed class RebuiltRowsFixture : IAsyncLifetime
{
    public DeadlineHost Host { get; } = new("rebuilt_rows", new FakeClock(Instant.FromUtc(2026, 11, 20, 10, 0)));

    public Task InitializeAsync() => DeadlineHost.DropSchema(Host.Schema);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

// A rebuild folds whole histories and copies the rows in bulk; the live projections write them command by command.
// Both must leave the same rows, column for column: the JSON, the revision, the duplicated columns lists query, the
// deadline rows the scheduler claims and the order rows that keep one open dispute per order.
public sealed class RebuiltRows(RebuiltRowsFixture fixture) : IClassFixture<RebuiltRowsFixture>
{
    private readonly DeadlineHost host = fixture.Host;
    private readonly Lifecycle steps = new(fixture.Host);
    private readonly DisputeApi http = For(fixture.Host);

    private static Guid Id(int n) => Guid.Parse($"0199e000-0000-7000-8000-{n:D12}");

    // Each table's rows as JSON of every column but the write's timestamp, and but the version of documents without a
    // revision, which Marten draws at random on every write.
    private static readonly Dictionary<string, string> Tables = new()
    {
        ["mt_doc_disputedetails"] = "to_jsonb(t) - 'mt_last_modified'",
        ["mt_doc_disputelistitem"] = "to_jsonb(t) - 'mt_last_modified' - 'mt_version'",
        ["mt_doc_orderopendispute"] = "to_jsonb(t) - 'mt_last_modified' - 'mt_version'",
        ["dispute_deadlines"] = "to_jsonb(t)",
    };

    [Fact]
    public async Task Given_disputes_written_command_by_command_When_every_row_is_rebuilt_from_nothing_Then_every_column_is_as_written()
    {
        var waiting = await steps.Open(Id(1));
        var offered = await steps.Open(Id(2));
        await steps.OfferPartialRefund(offered);
        var overdue = await steps.Open(Id(3));
        await steps.EscalateAndAssign(overdue);
        var silent = await steps.Open(Id(4));
        var withdrawn = await steps.Open(Id(5));
        await Ok(http.Storefront(withdrawn, "withdraw", new() { ["actingAs"] = AsBuyer, ["reason"] = "Found it." }));
        var reopened = Id(6);
        await Ok(host.CreateClient().PostDispute(Requests.OpenDispute(reopened).With("orderId", $"order-{withdrawn}")
            .With("protectionEndsAt", "2026-12-30T10:00:00Z").With("reopenReason", "It arrived broken after all.")), HttpStatusCode.Created);
        // The seller's clocks run out, then the buyer's reply and the mediator's SLA (flagged, not fired).
        await Pass(Duration.FromDays(5) + Duration.FromSeconds(1));
        await Pass(Duration.FromDays(6));
        var decided = await steps.Open(Id(7));
        await steps.EscalateAndAssign(decided);
        await steps.DecideFullRefund(decided);
        var returning = await steps.Open(Id(8));
        await steps.OfferReturn(returning);
        await steps.AcceptOffer(returning);
        Guid[] ids = [waiting, offered, overdue, silent, withdrawn, reopened, decided, returning];

        var written = await Rows(ids);
        written.Keys.Should().Contain(k => k.StartsWith("dispute_deadlines ", StringComparison.Ordinal), "some clocks still run");
        written.Keys.Should().Contain($"mt_doc_orderopendispute order-{withdrawn}", "the reopened dispute holds the order");
        written[$"mt_doc_disputedetails {overdue}"].Should().Contain("\"breachedSlaDueAt\": \"", "the SLA was breached");
        foreach (var table in Tables.Keys)
            await TestDatabase.Execute($"delete from \"{host.Schema}\".{table}");

        var store = host.Services.GetRequiredService<IDocumentStore>();
        await new PerDisputeRebuild(store).Run(PerDisputeRebuild.Rebuildable(store).Select(p => p.Name).ToList(), TimeSpan.Zero, null, CancellationToken.None);

        (await Rows(ids)).Should().Equal(written);
    }

    private async Task Pass(Duration duration)
    {
        host.Clock.Advance(duration);
        await host.Scheduler.DrainDueAsync();
    }

    private async Task<SortedDictionary<string, string>> Rows(Guid[] ids)
    {
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await TestDatabase.Open();
        foreach (var (table, columns) in Tables)
        {
            var key = table == "dispute_deadlines" ? "dispute_id::text || ' ' || kind" : "id::text";
            var dispute = table switch
            {
                "mt_doc_orderopendispute" => "dispute_id",
                "dispute_deadlines" => "dispute_id",
                _ => "id",
            };
            await using var command = new NpgsqlCommand(
                $"select {key}, ({columns})::text from \"{host.Schema}\".{table} t where {dispute} = any($1)", connection) { Parameters = { new() { Value = ids } } };
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows[$"{table} {reader.GetString(0)}"] = reader.GetString(1);
        }
        return rows;
    }
}
