using Disputes.Deadlines.Scheduling;
using Disputes.Domain;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Deadlines;

// Several API instances on one database: each deadline fires once, a crash delays it, a stale one appends nothing.
// Each test owns a schema (named after it), so they can run in any order.
public sealed class ExactlyOnce
{
    private static readonly Instant OpenedAt = Instant.FromUtc(2026, 11, 20, 10, 0);
    private static readonly Duration PastSellerDeadline = Duration.FromDays(5) + Duration.FromSeconds(1);
    private static readonly Duration Lease = Duration.FromMinutes(2);

    private static async Task<(DeadlineHost, DeadlineHost)> TwoInstances(string schema, FakeClock clock)
    {
        await DeadlineHost.DropSchema(schema);
        var a = new DeadlineHost(schema, clock);
        var b = new DeadlineHost(schema, clock);
        _ = (a.Services, b.Services);
        return (a, b);
    }

    private static async Task ShouldHaveFiredOncePerDispute(DeadlineHost host, IReadOnlyCollection<Guid> disputes)
    {
        var expired = await host.ExpiredEvents();
        expired.Should().HaveCount(disputes.Count);
        expired.Select(e => e.DisputeId).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(disputes);
        expired.Should().OnlyContain(e => e.Kind == DeadlineKind.SellerResponse);
        // Refunded disputes run no clock any more: every row went with the transaction that ended it.
        (await host.Scalar<long>("select count(*) from {schema}.dispute_deadlines")).Should().Be(0);
    }

    [Fact]
    public async Task Given_1000_deadlines_due_at_one_instant_When_two_instances_drain_at_once_Then_each_fires_exactly_once()
    {
        var clock = new FakeClock(OpenedAt);
        var (a, b) = await TwoInstances("deadlines_two_instances", clock);
        await using var _a = a;
        await using var _b = b;
        var disputes = await a.SeedOpenDisputes(1000, OpenedAt);

        clock.Advance(PastSellerDeadline);
        var results = await Task.WhenAll(a.Scheduler.DrainDueAsync(), b.Scheduler.DrainDueAsync());

        results.Sum(r => r.Expired).Should().Be(1000);
        results.Sum(r => r.Failed).Should().Be(0);
        await ShouldHaveFiredOncePerDispute(a, disputes);
    }

    [Fact]
    public async Task Given_an_instance_stopped_in_the_middle_of_a_batch_When_another_runs_Then_nothing_is_lost_or_doubled()
    {
        var clock = new FakeClock(OpenedAt);
        await DeadlineHost.DropSchema("deadlines_crash");
        var crashed = new DeadlineHost("deadlines_crash", clock);
        var disputes = await crashed.SeedOpenDisputes(120, OpenedAt);
        clock.Advance(PastSellerDeadline);

        // Claimed 50, committed 20 expiries, then the process went away with 30 leases outstanding.
        var claimed = await crashed.Scheduler.ClaimAsync();
        claimed.Should().HaveCount(50);
        claimed.Select(c => c.DueAt).Should().BeInAscendingOrder();
        (await crashed.Scheduler.FireAsync([.. claimed.Take(20)])).Expired.Should().Be(20);
        await crashed.DisposeAsync();

        await using var restarted = new DeadlineHost("deadlines_crash", clock);
        var meanwhile = await restarted.Scheduler.DrainDueAsync();
        meanwhile.Expired.Should().Be(70, "the 30 leased deadlines stay hidden until their lease runs out");
        (await restarted.ExpiredEvents()).Should().HaveCount(90);

        clock.Advance(Lease);
        var later = await restarted.Scheduler.DrainDueAsync();

        later.Expired.Should().Be(30);
        await ShouldHaveFiredOncePerDispute(restarted, disputes);
    }

    [Fact]
    public async Task Given_a_lease_that_ran_out_under_a_slow_instance_When_both_fire_the_same_deadlines_Then_one_expiry_each()
    {
        var clock = new FakeClock(OpenedAt);
        var (slow, other) = await TwoInstances("deadlines_lease_overrun", clock);
        await using var _s = slow;
        await using var _o = other;
        var disputes = await slow.SeedOpenDisputes(50, OpenedAt);
        clock.Advance(PastSellerDeadline);

        var slowClaim = await slow.Scheduler.ClaimAsync();
        clock.Advance(Lease);
        var otherClaim = await other.Scheduler.ClaimAsync();
        otherClaim.Select(c => c.DisputeId).Should().BeEquivalentTo(slowClaim.Select(c => c.DisputeId));

        var results = await Task.WhenAll(slow.Scheduler.FireAsync(slowClaim), other.Scheduler.FireAsync(otherClaim));

        results.Sum(r => r.Expired).Should().Be(50);
        results.Sum(r => r.Stale).Should().Be(50);
        await ShouldHaveFiredOncePerDispute(slow, disputes);
    }

    [Fact]
    public async Task Given_a_claimed_deadline_the_state_moved_past_When_it_fires_Then_nothing_is_appended()
    {
        var clock = new FakeClock(OpenedAt);
        await DeadlineHost.DropSchema("deadlines_stale");
        await using var host = new DeadlineHost("deadlines_stale", clock);
        var id = await new Lifecycle(host).Open(Guid.Parse("0199e000-0000-7000-8000-000000000001"));
        clock.Advance(Duration.FromDays(5) - Duration.FromSeconds(1));
        var claimedTooEarly = await host.Scheduler.ClaimAsync();
        claimedTooEarly.Should().BeEmpty("nothing is due yet");

        // Claimed when due, then the seller answered (from a replica whose clock ran a little behind).
        clock.Advance(Duration.FromSeconds(2));
        var claimed = await host.Scheduler.ClaimAsync();
        clock.Advance(Duration.FromSeconds(-2));
        await new Lifecycle(host).OfferPartialRefund(id);
        clock.Advance(Duration.FromSeconds(2));
        var result = await host.Scheduler.FireAsync(claimed);

        result.Should().Be(new DrainResult(1, 0, 1, 0, null));
        (await host.ExpiredEvents()).Should().BeEmpty();
        Lifecycle.Status(await new Lifecycle(host).Get(id)).Should().Be("AwaitingBuyerReply");
    }
}
