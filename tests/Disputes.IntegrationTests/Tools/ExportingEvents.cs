using System.Text.Json.Nodes;
using Disputes.Audit.Export;
using Disputes.IntegrationTests.Reads;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Tools;

public sealed class ExportingEvents(ApiFixture<ExportingEvents> api) : IClassFixture<ApiFixture<ExportingEvents>>
{
    private IDocumentStore Store => api.Services.GetRequiredService<IDocumentStore>();

    [Fact]
    public async Task Given_a_dispute_When_exporting_it_Then_each_stored_event_is_one_json_line_in_version_order()
    {
        var id = await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties("export-order-1", SellerId: Seller));
        await api.MakeOffer(id, Seller);
        await using var session = Store.QuerySession();
        var stored = await session.Events.FetchStreamAsync(id);

        var output = new StringWriter();
        var count = await NdjsonEventExport.Write(Store, id, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        count.Should().Be(stored.Count);
        lines.Select(l => l["version"]!.GetValue<long>()).Should().Equal(stored.Select(e => e.Version));
        lines.Select(l => l["sequence"]!.GetValue<long>()).Should().Equal(stored.Select(e => e.Sequence));
        lines.Select(l => l["type"]!.GetValue<string>()).Should().Equal(stored.Select(e => e.EventTypeName));
        lines.Should().AllSatisfy(l => l["streamId"]!.GetValue<Guid>().Should().Be(id));
        lines[0]["data"]!["orderId"]!.GetValue<string>().Should().Be("export-order-1");
        lines[0]["timestamp"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$");
        lines[0]["headers"]!["policyVersion"]!.GetValue<string>().Should().Be("2026-12-01");
    }

    [Fact]
    public async Task Given_several_disputes_When_exporting_all_Then_every_event_is_there_once_in_sequence_order()
    {
        for (var i = 0; i < 3; i++)
            await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties($"export-all-{i}", SellerId: Seller));
        await using var session = Store.QuerySession();
        var total = await session.Events.QueryAllRawEvents().CountAsync();

        var output = new StringWriter();
        var count = await NdjsonEventExport.Write(Store, null, output, CancellationToken.None);

        var sequences = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["sequence"]!.GetValue<long>()).ToList();
        count.Should().Be(total);
        sequences.Should().HaveCount(total).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }
}
