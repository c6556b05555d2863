using Disputes.Audit.Integrity;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Audit;

// Formula 2 of the hash covers who asked and under which key (event id, correlation and causation ids, every header
// but the hashes themselves), so changing any of them breaks the chain; events hashed by formula 1 before the
// upgrade still verify under it, and the chain runs on across the upgrade.
public sealed class CoveredHeaders(ApiFixture<CoveredHeaders> api) : IClassFixture<ApiFixture<CoveredHeaders>>
{
    private static Guid Id(int n) => Guid.Parse($"0199f500-0000-7000-8000-{n:D12}");

    public static TheoryData<int, string, string> Alterations => new()
    {
        { 1, "idempotency key", "headers = jsonb_set(headers, '{idempotencyKey}', '\"storefront-1:someone-else\"')" },
        { 2, "correlation id", "correlation_id = 'corr-forged'" },
        { 3, "causation id", "causation_id = 'cause-forged'" },
        { 4, "event id", "id = gen_random_uuid()" },
        { 5, "policy version header", "headers = jsonb_set(headers, '{policyVersion}', '\"2099-01-01\"')" },
        { 6, "a header added", "headers = headers || '{\"caller\": {\"sub\": \"admin-1\", \"role\": \"admin\"}}'" },
        { 7, "a header removed", "headers = headers - 'idempotencyKey'" },
        { 8, "the formula version", "headers = headers - 'hashVersion'" },
    };

    [Theory]
    [MemberData(nameof(Alterations))]
    public async Task Given_one_event_s_metadata_changed_with_sql_When_verified_Then_that_event_is_named(int n, string what, string set)
    {
        var id = Id(n);
        await AuditScenario.Open(api, id, $"open-{id}", $"corr-{id}");
        await AuditScenario.PartialOffer(api, id, $"corr-offer-{id}", $"offer-{id}");
        var offer = (await api.Rows(id)).Single(r => r.Type == "seller_offer_made");

        (await api.Sql($"update {{schema}}.mt_events set {set} where seq_id = $1", offer.Sequence)).Should().Be(1, what);

        var named = (await api.Verify(id)).SingleBreak();
        named["version"]!.GetValue<long>().Should().Be(offer.Version, what);
        named["sequence"]!.GetValue<long>().Should().Be(offer.Sequence, what);
        named["kind"]!.GetValue<string>().Should().Be("ContentHashMismatch", what);
        named["storedHash"]!.GetValue<string>().Should().Be(offer.Hash, what);
    }

    [Fact]
    public async Task Given_events_hashed_by_formula_1_before_the_upgrade_When_verified_after_it_Then_both_formulas_verify_and_the_chain_runs_on()
    {
        var id = Id(20);
        var store = api.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using (var connection = await Connect())
        await using (var downgrade = new NpgsqlCommand(HistoryScenario.FormulaOneTrigger(api.Schema), connection))
            await downgrade.ExecuteNonQueryAsync();
        await Ok(For(api).Open(id, orderId: $"order-{id}"), System.Net.HttpStatusCode.Created);
        var before = await api.Rows(id);

        // The upgrade: the schema is brought up to date, as `schema apply` or a development start does.
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await For(api).MakeOffer(id, "PartialRefund", 2000, "Half back.", correlationId: "corr-after-upgrade");
        var after = (await api.Rows(id)).Skip(before.Count).ToList();

        (await api.Verify(id)).ShouldBeIntact();
        (await HashVersions(id)).Should().Equal(before.Select(_ => (string?)null).Concat(after.Select(_ => (string?)"2")));
        before.Should().OnlyContain(r => r.Hash == HistoryScenario.Recompute(r.PreviousHash!, r), "formula 1 as docs/audit.md gives it");
        after[0].PreviousHash.Should().Be(before[^1].Hash, "the first event of formula 2 links to the last of formula 1");
        foreach (var row in after)
            row.Hash.Should().Be(HistoryScenario.Recompute(row.PreviousHash!, row), "formula 2 as docs/audit.md gives it");
    }

    [Fact]
    public async Task Given_metadata_with_quotes_newlines_and_non_ascii_appended_by_another_tool_When_verified_Then_trigger_and_verifier_agree()
    {
        var id = Id(30);
        await using (var connection = await Connect())
        await using (var append = new NpgsqlCommand(
            $$$"""
             select "{{{api.Schema}}}".mt_quick_append_events($1, null, '*DEFAULT*', array[gen_random_uuid(), gen_random_uuid(), gen_random_uuid()],
                 array['note_a', 'note_b', 'note_c'], array['x', 'y', 'z'], array['{"n": 1}'::jsonb, '{}'::jsonb, '{"é": 1.50}'::jsonb],
                 array[null, null, null]::bytea[],
                 array[E'corr "quoted"\n\\ line\u0001', null, 'ü'], array[null, E'cause\ttab', ''],
                 array['{"policyVersion": "p", "caller": {"sub": "naïve \"x\"\n", "role": "admin"}, "n": 1.50, "b": [true, null, 1e3]}'::jsonb,
                       null, '{"hash": "forged", "previousHash": "forged", "hashVersion": 1, "€": "", "ab": {}}'::jsonb])
             """, connection))
        {
            append.Parameters.Add(new NpgsqlParameter { Value = id });
            await append.ExecuteNonQueryAsync();
        }

        (await new HistoryVerifier(ApiFixture<CoveredHeaders>.ConnectionString, api.Schema).VerifyStream(id, CancellationToken.None))
            .Should().BeEquivalentTo(new { Intact = true, StreamsChecked = 1L, EventsChecked = 3L });
        foreach (var row in await api.Rows(id))
            row.Hash.Should().Be(HistoryScenario.Recompute(row.PreviousHash!, row));
    }

    private async Task<List<string?>> HashVersions(Guid id)
    {
        await using var connection = await Connect();
        await using var command = new NpgsqlCommand($"select headers->>'hashVersion' from \"{api.Schema}\".mt_events where stream_id = $1 order by version", connection)
        {
            Parameters = { new() { Value = id } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<string?>();
        while (await reader.ReadAsync())
            versions.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        return versions;
    }

    private static async Task<NpgsqlConnection> Connect()
    {
        var connection = new NpgsqlConnection(ApiFixture<CoveredHeaders>.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
