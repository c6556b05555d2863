namespace Disputes.IntegrationTests.Audit;

// Someone with write access to the database changes what one stored event says.
public sealed class AlteredEventData(ApiFixture<AlteredEventData> api) : IClassFixture<ApiFixture<AlteredEventData>>
{
    private static Guid Id(int n) => Guid.Parse($"0199f100-0000-7000-8000-{n:D12}");

    [Fact]
    public async Task Given_one_event_changed_with_sql_When_verified_Then_exactly_that_event_is_named_and_other_disputes_stay_intact()
    {
        var (altered, untouched, opened) = (Id(1), Id(2), Id(3));
        await HistoryScenario.FullLifecycle(api, altered);
        await HistoryScenario.FullLifecycle(api, untouched);
        await AuditScenario.Open(api, opened, $"open-{opened}", $"corr-{opened}");
        var offer = (await api.Rows(altered)).Single(r => r.Type == "seller_offer_made");

        // The seller's offer, raised after the fact.
        (await api.Sql("update {schema}.mt_events set data = jsonb_set(data, '{refundAmount,amount}', '4999') where seq_id = $1", offer.Sequence))
            .Should().Be(1);

        var one = await api.Verify(altered);
        var all = await api.VerifyAll();
        var now = (await api.Rows(altered)).Single(r => r.Sequence == offer.Sequence);

        one["intact"]!.GetValue<bool>().Should().BeFalse();
        var named = one.SingleBreak();
        named["disputeId"]!.GetValue<Guid>().Should().Be(altered);
        named["version"]!.GetValue<long>().Should().Be(offer.Version);
        named["sequence"]!.GetValue<long>().Should().Be(offer.Sequence);
        named["eventType"]!.GetValue<string>().Should().Be("seller_offer_made");
        named["kind"]!.GetValue<string>().Should().Be("ContentHashMismatch");
        named["storedHash"]!.GetValue<string>().Should().Be(offer.Hash);
        named["expectedHash"]!.GetValue<string>().Should().Be(HistoryScenario.Recompute(offer.PreviousHash!, now));

        all["intact"]!.GetValue<bool>().Should().BeFalse();
        all["disputesChecked"]!.GetValue<long>().Should().Be(3);
        all["disputesBroken"]!.GetValue<long>().Should().Be(1);
        all.SingleBreak().ToJsonString().Should().Be(named.ToJsonString());
        (await api.Verify(untouched)).ShouldBeIntact();
        (await api.Verify(opened)).ShouldBeIntact();
    }
}
