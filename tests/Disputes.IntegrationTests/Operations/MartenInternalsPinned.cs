using Disputes.IntegrationTests.Reads;
using Disputes.Projections.Store;
using Disputes.Statistics;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Disputes.IntegrationTests.Operations;

// What MartenInternals says about Marten's layout, checked against the Marten in use: an upgrade that renames a table
// or a column, drops the progression table or changes what a tombstone is called fails here, before the raw SQL that
// relies on it fails somewhere less obvious.
public sealed class MartenInternalsPinned(ApiFixture<MartenInternalsPinned> api) : IClassFixture<ApiFixture<MartenInternalsPinned>>
{
    private static readonly string[] EventColumns =
        ["seq_id", "id", "stream_id", "version", "data", "type", "timestamp", "headers", "correlation_id", "causation_id", "is_archived"];

    private static readonly string[] StreamColumns = ["id", "version", "timestamp", "is_archived"];

    private static readonly string[] ProgressionColumns = ["name", "last_seq_id", "last_updated"];

    [Fact]
    public async Task The_tables_columns_and_sequence_the_raw_sql_reads_exist_as_named()
    {
        await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties("pinned-1"));

        (await Columns(MartenInternals.Events(api.Schema))).Should().Contain(EventColumns);
        (await Columns(MartenInternals.Streams(api.Schema))).Should().Contain(StreamColumns);
        (await Columns(MartenInternals.Progression(api.Schema))).Should().Contain(ProgressionColumns);
        (await TestDatabase.Scalar<long>($"select count(*) from {MartenInternals.EventSequence(api.Schema)}")).Should().Be(1);
    }

    [Fact]
    public void The_options_behind_the_store_are_the_ones_the_app_configured()
    {
        var store = api.Services.GetRequiredService<IDocumentStore>();

        var options = MartenInternals.Options(store);

        options.DatabaseSchemaName.Should().Be(api.Schema);
        MartenInternals.AsyncShards(store).Select(s => s.Name).Should().BeEquivalentTo(StatisticsProjections.Names);
    }

    [Fact]
    public async Task A_refused_second_opening_leaves_tombstones_under_the_name_the_verifiers_skip()
    {
        await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties("pinned-twice"));
        await api.CreateClient().PostDispute(Requests.OpenDispute(Guid.CreateVersion7()).With("orderId", "pinned-twice"));

        await Patience.Until(async () => await api.Scalar<long>(
            $"select count(*) from {MartenInternals.Events(api.Schema)} where type = '{MartenInternals.TombstoneType}'") > 0,
            "Marten writing its tombstones under MartenInternals.TombstoneType");
    }

    private static async Task<List<string>> Columns(string qualifiedTable) =>
        [.. (await TestDatabase.Rows("select attname from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped", qualifiedTable))
            .Select(r => (string)r[0])];
}
