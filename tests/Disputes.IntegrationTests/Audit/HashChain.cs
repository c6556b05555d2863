using System.Net;
using Disputes.Audit.Integrity;
using Npgsql;
using Weasel.Core;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Audit;

// Every event carries SHA-256 of its canonical content chained to the previous event's hash, stamped by the
// database, and the verifier (endpoint or CLI) recomputes it. Untouched histories here; altered ones in
// AlteredEventData, DeletedEvents and ForgedHashes, each in a schema of its own so "only that stream is
// broken" holds exactly.
public sealed class HashChain(ApiFixture<HashChain> api) : IClassFixture<ApiFixture<HashChain>>
{
    private static Guid Id(int n) => Guid.Parse($"0199f000-0000-7000-8000-{n:D12}");

    [Fact]
    public async Task Given_a_full_dispute_lifecycle_When_verified_Then_the_dispute_and_all_disputes_are_intact()
    {
        var id = Id(1);
        var version = await HistoryScenario.FullLifecycle(api, id);

        var one = await api.Verify(id);
        var all = await api.VerifyAll();

        one.ShouldBeIntact();
        one["disputesChecked"]!.GetValue<long>().Should().Be(1);
        one["eventsChecked"]!.GetValue<long>().Should().Be(version);
        version.Should().BeGreaterThan(10, "the lifecycle writes storefront, mediator and deadline events");
        all.ShouldBeIntact();
        all["eventsChecked"]!.GetValue<long>().Should().BeGreaterThanOrEqualTo(version);
    }

    [Fact]
    public async Task Given_stored_events_When_hashes_are_recomputed_from_the_documented_formula_Then_each_is_sha256_of_its_content_linked_to_the_one_before()
    {
        var id = Id(2);
        await HistoryScenario.FullLifecycle(api, id);

        var rows = await api.Rows(id);
        var served = (await api.Auditor().GetJson($"/audit/disputes/{id}/events"))["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

        var previous = HistoryScenario.Genesis;
        foreach (var row in rows)
        {
            row.PreviousHash.Should().Be(previous, $"version {row.Version} links to the hash of the one before");
            row.Hash.Should().Be(HistoryScenario.Recompute(previous, row), $"version {row.Version} is hashed over its canonical content");
            previous = row.Hash!;
        }
        served.Select(e => (e["previousHash"]!.GetValue<string>(), e["hash"]!.GetValue<string>()))
            .Should().Equal(rows.Select(r => (r.PreviousHash!, r.Hash!)), "the auditor's events endpoint shows each link");
        // The hashes join the headers the write path sets; they do not replace them.
        served.Should().OnlyContain(e => e["policyVersion"] != null);
        served[0]["idempotencyKey"]!.GetValue<string>().Should().Be($"storefront-1:open-{id}");
    }

    [Fact]
    public async Task Given_an_event_appended_under_other_session_settings_When_verified_Then_trigger_and_verifier_agree()
    {
        var id = Id(3);
        // Marten's own append function, called the way a foreign tool might, under a session that renders
        // times, dates and numbers differently: the hash must not depend on any of it.
        await using (var connection = new NpgsqlConnection(ApiFixture<HashChain>.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var setting in new[] { "timezone = 'Pacific/Chatham'", "datestyle = 'SQL, DMY'", "extra_float_digits = 0", "intervalstyle = 'sql_standard'" })
            {
                await using var set = new NpgsqlCommand($"set {setting}", connection);
                await set.ExecuteNonQueryAsync();
            }
            await using var append = new NpgsqlCommand(
                $$"""
                 select "{{api.Schema}}".mt_quick_append_events($1, null, '*DEFAULT*', array[gen_random_uuid(), gen_random_uuid()], array['note_a', 'note_b'],
                     array['x', 'y'], array['{"amount": 1.50, "text": "naïve\nline", "z": [1e3]}'::jsonb, '{}'::jsonb], array[null, null]::bytea[],
                     array[null, null], array[null, null], array['{"policyVersion": "p"}'::jsonb, null])
                 """, connection);
            append.Parameters.Add(new NpgsqlParameter { Value = id });
            await append.ExecuteNonQueryAsync();
        }

        (await new HistoryVerifier(ApiFixture<HashChain>.ConnectionString, api.Schema).VerifyStream(id, CancellationToken.None))
            .Should().BeEquivalentTo(new { Intact = true, StreamsChecked = 1L, EventsChecked = 2L });
        var rows = await api.Rows(id);
        rows[1].Hash.Should().Be(HistoryScenario.Recompute(rows[0].Hash!, rows[1]));
    }

    [Fact]
    public async Task Given_twenty_concurrent_commands_on_one_dispute_When_verified_Then_the_chain_has_no_fork_or_gap()
    {
        var id = Id(4);
        var http = For(api);
        await Ok(http.Open(id, orderId: $"order-{id}"), HttpStatusCode.Created);
        var before = (await Ok(http.Get(id)))["version"]!.GetValue<long>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            http.Storefront(id, "messages", new() { ["actingAs"] = i % 2 == 0 ? AsBuyer : AsSeller, ["text"] = $"Message {i}." })));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        var report = await api.Verify(id);
        report.ShouldBeIntact();
        report["eventsChecked"]!.GetValue<long>().Should().Be(before + 20);
        var rows = await api.Rows(id);
        rows.Select(r => r.Hash).Should().OnlyHaveUniqueItems();
        rows.Skip(1).Select(r => r.PreviousHash).Should().Equal(rows.SkipLast(1).Select(r => r.Hash));
    }

    [Fact]
    public async Task Given_the_cli_path_When_all_streams_are_verified_from_a_connection_string_Then_progress_ends_with_the_totals()
    {
        await HistoryScenario.FullLifecycle(api, Id(5));
        var reports = new List<HistoryVerificationProgress>();
        var verifier = new HistoryVerifier(ApiFixture<HashChain>.ConnectionString, api.Schema);

        var verification = await verifier.VerifyAll(new SynchronousProgress(reports.Add), CancellationToken.None);

        verification.Intact.Should().BeTrue();
        reports.Should().NotBeEmpty();
        reports[^1].Should().Be(new HistoryVerificationProgress(verification.StreamsChecked, verification.EventsChecked, 0));
    }

    [Fact]
    public async Task Given_the_store_is_up_When_its_schema_is_compared_again_Then_the_trigger_needs_no_change_unless_it_was_disabled()
    {
        await HistoryScenario.FullLifecycle(api, Id(6));
        var trigger = new HashChainTrigger(api.Schema);

        (await Difference(trigger)).Should().Be(SchemaPatchDifference.None, "a restart must not drop and recreate the trigger");
        await api.Sql($"alter table {{schema}}.mt_events disable trigger {HashChainTrigger.Name}");
        try
        {
            (await Difference(trigger)).Should().Be(SchemaPatchDifference.Update, "a disabled trigger is put back on the next start");
        }
        finally
        {
            await api.Sql($"alter table {{schema}}.mt_events enable trigger {HashChainTrigger.Name}");
        }
    }

    private static async Task<SchemaPatchDifference> Difference(ISchemaObject schemaObject)
    {
        await using var connection = new NpgsqlConnection(ApiFixture<HashChain>.ConnectionString);
        await connection.OpenAsync();
        return (await SchemaMigration.DetermineAsync(connection, schemaObject)).Difference;
    }

    // Progress<T> posts to the thread pool; a test wants every report before the call returns.
    private sealed class SynchronousProgress(Action<HistoryVerificationProgress> report) : IProgress<HistoryVerificationProgress>
    {
        public void Report(HistoryVerificationProgress value) => report(value);
    }
}
