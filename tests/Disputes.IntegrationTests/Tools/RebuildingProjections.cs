using System.Net;
using Disputes.Api.Tools.Verbs;
using Disputes.Hosting.Tools;
using Disputes.IntegrationTests.Reads;
using Disputes.Projections.Rebuilding;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Tools;

public sealed class RebuildingProjections(ApiFixture<RebuildingProjections> api) : IClassFixture<ApiFixture<RebuildingProjections>>
{
    private IDocumentStore Store => api.Services.GetRequiredService<IDocumentStore>();

    // Disputes in every kind of place: just opened, negotiating, in mediation with a decision, and closed.
    private async Task<Guid[]> Histories(string prefix)
    {
        var client = api.CreateClient();
        var ids = Enumerable.Range(1, 4).Select(_ => Guid.CreateVersion7()).ToArray();
        for (var i = 0; i < ids.Length; i++)
            await api.Open(client, ids[i], new Lifecycle.Parties($"{prefix}-order-{i}", SellerId: Seller));
        await api.MakeOffer(ids[1], Seller);
        await api.Escalate(ids[2], Seller);
        await api.Claim(ids[2], "mediator-1");
        await api.Decide(ids[2], "mediator-1");
        await api.Withdraw(ids[3], "buyer-1");
        return ids;
    }

    [Fact]
    public async Task Given_damaged_projections_When_rebuilding_all_Then_every_row_is_what_the_live_projections_wrote()
    {
        var ids = await Histories("damaged");
        var live = await ProjectionRows.Read(api.Schema, ids);

        var schema = api.Schema;
        await TestDatabase.Execute($"delete from \"{schema}\".mt_doc_disputedetails where id = '{ids[0]}'");
        await TestDatabase.Execute($"update \"{schema}\".mt_doc_disputelistitem set data = jsonb_set(data, '{{status}}', '\"Closed\"') where id = '{ids[1]}'");
        await TestDatabase.Execute($"delete from \"{schema}\".dispute_deadlines");
        await TestDatabase.Execute($"delete from \"{schema}\".mt_doc_orderopendispute where data->>'disputeId' = '{ids[0]}'");
        (await ProjectionRows.Read(schema, ids)).Should().NotEqual(live);

        var report = await new PerDisputeRebuild(Store).Run(PerDisputeRebuild.Rebuildable(Store).Select(p => p.Name).ToList(), TimeSpan.Zero, null, CancellationToken.None);

        report.Projections.Should().BeEquivalentTo("dispute-details", "open-dispute-by-order", "deadlines");
        (await ProjectionRows.Read(schema, ids)).Should().Equal(live);
    }

    [Fact]
    public async Task Given_one_projection_named_When_rebuilding_Then_only_its_rows_are_rewritten()
    {
        var ids = await Histories("named");
        var live = await ProjectionRows.Read(api.Schema, ids);
        await TestDatabase.Execute($"delete from \"{api.Schema}\".dispute_deadlines where dispute_id = '{ids[1]}'");
        await TestDatabase.Execute($"delete from \"{api.Schema}\".mt_doc_disputedetails where id = '{ids[1]}'");

        await new PerDisputeRebuild(Store).Run(["deadlines"], TimeSpan.Zero, null, CancellationToken.None);

        var rows = await ProjectionRows.Read(api.Schema, ids);
        rows.Where(r => r.Key.StartsWith("deadlines ")).Should().Equal(live.Where(r => r.Key.StartsWith("deadlines ")));
        rows.Should().NotContainKey($"details {ids[1]}");
    }

    [Fact]
    public async Task Given_commands_writing_during_a_rebuild_When_it_ends_Then_nothing_was_lost_and_a_second_rebuild_changes_nothing()
    {
        var ids = await Histories("busy");
        using var writing = new CancellationTokenSource();
        // One command in flight at a time; the rebuild's progress (after each batch's commit) waits for it to end.
        using var inFlight = new SemaphoreSlim(1, 1);
        var writes = Task.Run(async () =>
        {
            var sent = 0;
            while (!writing.IsCancellationRequested || sent < 20)
            {
                var id = ids[sent % 3];
                await inFlight.WaitAsync();
                try
                {
                    var response = await For(api).Storefront(id, "messages", new()
                    {
                        ["actingAs"] = As("Buyer", "buyer-1"), ["text"] = $"Message {sent}",
                    });
                    response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
                }
                finally
                {
                    inFlight.Release();
                }
                sent++;
            }
            return sent;
        });

        var names = PerDisputeRebuild.Rebuildable(Store).Select(p => p.Name).ToList();
        var streams = await StreamCount();
        // The settle window is for a command that read its row before a batch locked it and writes after the batch
        // committed: the tool waits `settle` for such commands to end, then rebuilds what they wrote. Instead of
        // betting on how long a command takes on this machine, each batch's progress report waits for the command in
        // flight to end. After the last batch the writes are held until the catch-up pass is over: that pass has no
        // second one behind it, and in production its protection is the same settle time (a command started during
        // the settle window and still running when the pass reaches its dispute is not caught again).
        var held = false;
        void AfterBatch(RebuildReport report)
        {
            inFlight.Wait();
            if (report.Streams < streams)
                inFlight.Release();
            else
                held = true;
        }
        for (var round = 0; round < 2; round++)
        {
            (await new PerDisputeRebuild(Store, batchSize: 2).Run(names, TimeSpan.Zero, AfterBatch, CancellationToken.None)).Streams.Should().Be(streams);
            held.Should().BeTrue("the last batch held the writes");
            held = false;
            inFlight.Release();
        }
        await writing.CancelAsync();
        var sent = await writes;

        var live = await ProjectionRows.Read(api.Schema, ids);
        await new PerDisputeRebuild(Store).Run(names, TimeSpan.Zero, null, CancellationToken.None);
        (await ProjectionRows.Read(api.Schema, ids)).Should().Equal(live);
        await using var session = Store.QuerySession();
        var messages = 0;
        foreach (var id in ids)
            messages += (await session.LoadAsync<Disputes.Projections.DisputeDetails>(id))!.State.MessageCount;
        messages.Should().Be(sent);
    }

    private async Task<long> StreamCount()
    {
        await using var session = Store.QuerySession();
        return (await session.AdvancedSql.QueryAsync<long>($"select count(*) from \"{api.Schema}\".mt_streams", CancellationToken.None)).Single();
    }

    [Fact]
    public async Task Given_an_unknown_projection_When_the_rebuild_verb_runs_Then_it_is_a_usage_error_naming_the_known_ones()
    {
        var act = () => new RebuildProjections().Run(api.Services, new ToolArguments(["no-such-projection"]), TextWriter.Null, CancellationToken.None);
        (await act.Should().ThrowAsync<ToolUsageException>()).WithMessage("*no-such-projection*dispute-details*");
    }

    [Fact]
    public async Task Given_the_rebuild_verb_When_it_runs_Then_it_reports_streams_and_events()
    {
        await Histories("verb");
        var output = new StringWriter();
        var exit = await new RebuildProjections().Run(api.Services, new ToolArguments(["dispute-details", "--settle", "0"]), output, CancellationToken.None);
        exit.Should().Be(0);
        output.ToString().Should().MatchRegex(@"Rebuilt dispute-details: \d+ streams, \d+ events");
    }
}
