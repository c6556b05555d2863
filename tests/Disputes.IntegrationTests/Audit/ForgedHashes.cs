namespace Disputes.IntegrationTests.Audit;

// Someone with write access to the database rewrites the hashes in the headers instead of the events.
public sealed class ForgedHashes(ApiFixture<ForgedHashes> api) : IClassFixture<ApiFixture<ForgedHashes>>
{
    private static Guid Id(int n) => Guid.Parse($"0199f300-0000-7000-8000-{n:D12}");

    [Fact]
    public async Task Given_hashes_rewritten_or_removed_with_sql_When_verified_Then_each_dispute_names_the_event_whose_link_broke()
    {
        var (hashForged, linkForged, hashRemoved) = (Id(1), Id(2), Id(3));
        foreach (var id in new[] { hashForged, linkForged, hashRemoved })
            await HistoryScenario.FullLifecycle(api, id);
        var forged = new string('a', 64);
        var original = (await api.Rows(hashForged)).Single(r => r.Version == 5);
        var linked = (await api.Rows(linkForged)).Take(2).ToList();

        await api.Sql("update {schema}.mt_events set headers = jsonb_set(headers, '{hash}', to_jsonb($2::text)) where stream_id = $1 and version = 5", hashForged, forged);
        await api.Sql("update {schema}.mt_events set headers = jsonb_set(headers, '{previousHash}', to_jsonb($2::text)) where stream_id = $1 and version = 2", linkForged, forged);
        await api.Sql("update {schema}.mt_events set headers = headers - 'hash' where stream_id = $1 and version = 1", hashRemoved);

        var all = await api.VerifyAll();

        all["disputesBroken"]!.GetValue<long>().Should().Be(3);
        var breaks = all["breaks"]!.AsArray().Select(b => b!.AsObject()).ToDictionary(b => b["disputeId"]!.GetValue<Guid>());
        // The stored hash no longer matches the content; the verifier says what it should have been.
        Named(breaks[hashForged]).Should().Be((5L, original.Sequence, "ContentHashMismatch", original.Hash, forged));
        Named(breaks[linkForged]).Should().Be((2L, linked[1].Sequence, "PreviousHashMismatch", linked[0].Hash, forged));
        breaks[hashRemoved]["version"]!.GetValue<long>().Should().Be(1);
        breaks[hashRemoved]["kind"]!.GetValue<string>().Should().Be("MissingHash");
        breaks[hashRemoved]["storedHash"].Should().BeNull();
    }

    private static (long Version, long Sequence, string Kind, string? Expected, string? Stored) Named(System.Text.Json.Nodes.JsonObject b) => (
        b["version"]!.GetValue<long>(), b["sequence"]!.GetValue<long>(), b["kind"]!.GetValue<string>(),
        b["expectedHash"]?.GetValue<string>(), b["storedHash"]?.GetValue<string>());
}
