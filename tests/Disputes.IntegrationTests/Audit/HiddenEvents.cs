using System.Net;
using System.Text.Json.Nodes;
using Disputes.Audit.Verification;
using Disputes.Hosting.Tools;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Disputes.IntegrationTests.Audit;

// Someone with write access to the database hides events instead of changing them: Marten leaves archived events
// and streams out of its reads, and a stream row that disagrees with its events changes what the dispute seems to
// hold. Every stored event must still be served by the audit reads, and verification must name each hiding.
public sealed class HiddenEvents(ApiFixture<HiddenEvents> api) : IClassFixture<ApiFixture<HiddenEvents>>
{
    private static Guid Id(int n) => Guid.Parse($"0199f400-0000-7000-8000-{n:D12}");

    private async Task<(int Exit, string Output)> VerifyVerb(params string[] words)
    {
        var output = new StringWriter();
        var exit = await new VerifyHistory().Run(api.Services, new ToolArguments(words), output, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Given_one_event_archived_with_sql_When_audited_Then_every_read_serves_it_marked_archived_and_verification_names_it()
    {
        var id = Id(1);
        var last = await HistoryScenario.FullLifecycle(api, id);
        var hidden = (await api.Rows(id)).Single(r => r.Version == 5);
        (await api.Sql("update {schema}.mt_events set is_archived = true where stream_id = $1 and version = 5", id)).Should().Be(1);
        var auditor = api.Auditor();

        var events = await auditor.GetJson($"/audit/disputes/{id}/events");
        var items = events["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        items.Select(i => i["version"]!.GetValue<long>()).Should().Equal(Enumerable.Range(1, (int)last).Select(v => (long)v));
        items.Where(i => i["archived"]!.GetValue<bool>()).Select(i => i["version"]!.GetValue<long>()).Should().Equal(5L);

        var feed = (await auditor.GetJson($"/audit/events?after={hidden.Sequence - 1}&limit=1"))["items"]!.AsArray();
        feed.Should().ContainSingle().Which!["sequence"]!.GetValue<long>().Should().Be(hidden.Sequence);
        feed[0]!["archived"]!.GetValue<bool>().Should().BeTrue();

        var asOf = await auditor.GetJson($"/audit/disputes/{id}/state?version={last}");
        asOf["dispute"]!.ToJsonString().Should().Be((await api.CreateClient().GetJson($"/disputes/{id}")).ToJsonString());
        asOf["archivedVersions"]!.AsArray().Select(v => v!.GetValue<long>()).Should().Equal(5L);

        var one = await api.Verify(id);
        one["intact"]!.GetValue<bool>().Should().BeFalse();
        var named = one.SingleBreak();
        named["version"]!.GetValue<long>().Should().Be(5);
        named["sequence"]!.GetValue<long>().Should().Be(hidden.Sequence);
        named["kind"]!.GetValue<string>().Should().Be("ArchivedEvent");
        (await api.VerifyAll())["breaks"]!.AsArray().Select(b => b!.ToJsonString()).Should().Contain(named.ToJsonString());
        var verb = await VerifyVerb(id.ToString());
        verb.Exit.Should().Be(1);
        verb.Output.Should().Contain($"BROKEN dispute {id} at version 5").And.Contain("ArchivedEvent");
    }

    [Fact]
    public async Task Given_a_stream_archived_through_marten_When_audited_Then_its_events_are_served_and_verification_names_the_first()
    {
        var id = Id(2);
        var last = await HistoryScenario.FullLifecycle(api, id);
        await using (var session = api.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.ArchiveStream(id);
            await session.SaveChangesAsync();
        }

        var page = await api.Auditor().GetJson($"/audit/disputes/{id}/events");
        page["items"]!.AsArray().Should().HaveCount((int)last).And.OnlyContain(i => i!["archived"]!.GetValue<bool>());
        var named = (await api.Verify(id)).SingleBreak();
        named["version"]!.GetValue<long>().Should().Be(1);
        named["kind"]!.GetValue<string>().Should().Be("ArchivedEvent");
    }

    [Fact]
    public async Task Given_a_stream_row_recording_fewer_events_than_stored_When_verified_Then_the_first_unrecorded_version_is_named()
    {
        var id = Id(3);
        var last = await HistoryScenario.FullLifecycle(api, id);
        var unrecorded = (await api.Rows(id)).Single(r => r.Version == last - 1);
        (await api.Sql("update {schema}.mt_streams set version = version - 2 where id = $1", id)).Should().Be(1);

        var named = (await api.Verify(id)).SingleBreak();

        named["version"]!.GetValue<long>().Should().Be(last - 1);
        named["sequence"]!.GetValue<long>().Should().Be(unrecorded.Sequence);
        named["kind"]!.GetValue<string>().Should().Be("StreamVersionMismatch");
        named["detail"]!.GetValue<string>().Should().Contain($"records version {last - 2}").And.Contain($"{last} events");
        (await api.Auditor().GetJson($"/audit/disputes/{id}/events"))["items"]!.AsArray().Should().HaveCount((int)last);
    }

    [Fact]
    public async Task Given_events_whose_stream_row_was_deleted_When_audited_Then_they_are_served_and_verification_names_the_stream()
    {
        var id = Id(4);
        var last = await HistoryScenario.FullLifecycle(api, id);
        // The foreign key would cascade the delete to the events; a writer who disables triggers keeps them.
        await api.Sql($"set session_replication_role = replica; delete from {{schema}}.mt_streams where id = '{id}'");
        (await api.Rows(id)).Should().HaveCount((int)last);

        var page = await api.Auditor().GetJson($"/audit/disputes/{id}/events");
        page["items"]!.AsArray().Should().HaveCount((int)last);
        page["currentVersion"]!.GetValue<long>().Should().Be(last);

        var one = await api.Verify(id);
        one["disputesChecked"]!.GetValue<long>().Should().Be(1);
        var named = one.SingleBreak();
        named["version"]!.GetValue<long>().Should().Be(1);
        named["kind"]!.GetValue<string>().Should().Be("StreamRowMissing");
        (await api.VerifyAll())["breaks"]!.AsArray().Select(b => b!["disputeId"]!.GetValue<Guid>()).Should().Contain(id);
    }

    [Fact]
    public async Task Given_a_whole_stream_deleted_with_sql_When_all_is_verified_Then_its_sequence_numbers_are_reported_as_an_unexplained_gap()
    {
        var deleted = Id(5);
        await HistoryScenario.FullLifecycle(api, deleted);
        await HistoryScenario.FullLifecycle(api, Id(6));
        var rows = await api.Rows(deleted);
        // The foreign key cascades to the events: the dispute leaves no row behind, only its sequence numbers.
        (await api.Sql("delete from {schema}.mt_streams where id = $1", deleted)).Should().Be(1);
        (await api.Rows(deleted)).Should().BeEmpty();

        var all = await api.VerifyAll();

        var sequence = all["sequence"]!.AsObject();
        var gaps = sequence["gaps"]!.AsArray().Select(g => (g!["from"]!.GetValue<long>(), g["to"]!.GetValue<long>())).ToList();
        gaps.Should().Contain((rows[0].Sequence, rows[^1].Sequence));
        sequence["missing"]!.GetValue<long>().Should().BeGreaterThanOrEqualTo(rows.Count);
        sequence["explanation"]!.GetValue<string>().Should().Contain("checkpoint");
        var verb = await VerifyVerb();
        verb.Output.Should().Contain($"{rows[0].Sequence}–{rows[^1].Sequence}");
    }

    [Fact]
    public async Task Given_a_refused_opening_When_all_is_verified_Then_the_numbers_marten_filled_with_tombstones_are_accounted_for()
    {
        await HistoryScenario.FullLifecycle(api, Id(7));
        (await For().Open(Guid.CreateVersion7(), orderId: $"order-{Id(7)}")).StatusCode.Should().Be(HttpStatusCode.Conflict);

        var sequence = await PollSequence(s => s["tombstones"]!.GetValue<long>() > 0);

        sequence["tombstones"]!.GetValue<long>().Should().BeGreaterThan(0);
        (sequence["events"]!.GetValue<long>() + sequence["tombstones"]!.GetValue<long>() + sequence["missing"]!.GetValue<long>())
            .Should().Be(sequence["highest"]!.GetValue<long>());
        var tombstones = await api.Sequences("select seq_id from {schema}.mt_events where type = 'tombstone'");
        sequence["gaps"]!.AsArray().Should().NotContain(g => tombstones.Any(t => t >= g!["from"]!.GetValue<long>() && t <= g["to"]!.GetValue<long>()));
    }

    private DisputeApi For() => DisputeApi.For(api);

    // Marten writes the tombstones after the failed commit, off the request's path.
    private async Task<JsonObject> PollSequence(Func<JsonObject, bool> until)
    {
        for (var attempt = 0; ; attempt++)
        {
            var sequence = (await api.VerifyAll())["sequence"]!.AsObject();
            if (until(sequence) || attempt == 100)
                return sequence;
            await Task.Delay(100);
        }
    }
}
