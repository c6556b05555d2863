using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Deadlines;

// The table the scheduler claims from follows the events exactly, in their transaction.
public sealed class DeadlineRows : IAsyncLifetime
{
    private readonly DeadlineHost host = new("deadline_rows", new FakeClock(Instant.FromUtc(2026, 11, 20, 10, 0)));

    public Task InitializeAsync() => DeadlineHost.DropSchema(host.Schema);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Given_an_opened_dispute_When_the_seller_offers_Then_its_rows_follow_the_running_clocks()
    {
        var steps = new Lifecycle(host);
        var id = await steps.Open(Guid.Parse("0199f000-0000-7000-8000-000000000001"));
        string Rows() => $"select string_agg(kind || '@' || to_char(due_at at time zone 'utc', 'YYYY-MM-DD HH24:MI') || '#' || stream_version, ',' order by kind) from {{schema}}.dispute_deadlines where dispute_id = '{id}'";

        (await host.Scalar<string>(Rows())).Should().Be("NegotiationLimit@2026-12-05 10:00#3,SellerResponse@2026-11-25 10:00#2");

        await steps.OfferPartialRefund(id);

        (await host.Scalar<string>(Rows())).Should().Be("BuyerReplyToOffer@2026-11-30 10:00#6,NegotiationLimit@2026-12-05 10:00#3");
    }

    [Fact]
    public async Task Given_a_due_instant_finer_than_a_microsecond_When_it_passes_Then_the_deadline_fires_rather_than_looking_stale()
    {
        var steps = new Lifecycle(host);
        host.Clock.Advance(Duration.FromNanoseconds(1234));
        var id = await steps.Open(Guid.Parse("0199f000-0000-7000-8000-000000000002"));

        host.Clock.Advance(Duration.FromDays(6));
        var result = await host.Scheduler.DrainDueAsync();

        result.Expired.Should().BeGreaterThanOrEqualTo(1);
        result.Stale.Should().Be(0);
        Lifecycle.Status(await steps.Get(id)).Should().Be("RefundPending");
    }
}
