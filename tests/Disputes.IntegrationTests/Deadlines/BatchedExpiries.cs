using System.Text.Json.Nodes;
using Disputes.Deadlines.Scheduling;
using Disputes.Domain;
using Disputes.Projections;
using Disputes.Projections.Writing;
using Marten;
using Marten.Services;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Deadlines;

// A drain commits a claimed batch of expiries as one unit of work (ExpiryBatch). Each expiry must come out exactly as
// a single one does (Mediator, DisputeWriter): once, with its own deadline's correlation id and its own dispute's
// policy version on every event; and a batch that loses a race must still expire each dispute once.
public sealed class BatchedExpiries
{
    private static readonly Instant OpenedAt = Instant.FromUtc(2026, 11, 20, 10, 0);
    private static readonly Duration PastSellerDeadline = Duration.FromDays(5) + Duration.FromSeconds(1);

    private static Guid Id(int n) => Guid.Parse($"0199f200-0000-7000-8000-{n:D12}");

    // Disputes opened under the given policies, one each, straight through Marten as DeadlineHost.SeedOpenDisputes does.
    private static async Task<List<Guid>> Seed(TestHost host, params DisputePolicy[] policies)
    {
        var ids = new List<Guid>();
        await using var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        foreach (var policy in policies)
        {
            var id = Id(ids.Count + 1);
            var open = new OpenDispute(id, $"order-{ids.Count}", Buyer, Seller, DisputeReason.ItemNotReceived, "Never arrived.",
                new Money(4999, "EUR"), Remedy.FullRefund, null, OpenedAt + Duration.FromDays(30), Actor.Buyer(Buyer));
            var events = ((Accepted)DisputeDecider.Decide(open, null, OpenedAt, policy)).Events;
            session.Events.StartStream<DisputeDetails>(id, events.Cast<object>().ToArray());
            ids.Add(id);
        }
        await session.SaveChangesAsync();
        return ids;
    }

    private sealed record Stored(Guid Dispute, string Type, string? CorrelationId, JsonObject Headers);

    private static Task<long> LastSequence(TestHost host) => host.Scalar<long>("select coalesce(max(seq_id), 0) from {schema}.mt_events");

    // What was appended after the seeding, as stored; the hash chain's own headers are not what the writer chose, and
    // the tombstones are Marten's filler for the sequence numbers a rolled-back batch had taken.
    private static async Task<List<Stored>> Appended(TestHost host, long after) =>
        (await host.Rows("""
                         select stream_id, type, correlation_id, (headers - 'hash' - 'previousHash' - 'hashVersion')::text
                         from {schema}.mt_events where seq_id > $1 and type <> 'tombstone' order by seq_id
                         """, after))
        .Select(r => new Stored((Guid)r[0], (string)r[1], r[2] as string, JsonNode.Parse((string)r[3])!.AsObject()))
        .ToList();

    private static async Task ShouldHaveExpiredOnceEach(TestHost host, IReadOnlyCollection<Guid> disputes)
    {
        var expired = await host.Rows("select stream_id from {schema}.mt_events where type = 'deadline_expired'");
        expired.Select(r => (Guid)r[0]).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(disputes);
        (await host.Scalar<long>("select count(*) from {schema}.dispute_deadlines where kind = 'SellerResponse'")).Should().Be(0);
    }

    [Fact]
    public async Task Given_due_deadlines_of_disputes_under_two_policies_When_one_drain_fires_them_Then_each_event_carries_what_a_single_expiry_writes()
    {
        await DeadlineHost.DropSchema("batched_expiries_metadata");
        var clock = new FakeClock(OpenedAt);
        await using var host = new DeadlineHost("batched_expiries_metadata", clock);
        var policies = new[] { DisputePolicy.Default, DisputePolicy.SingleOffer, DisputePolicy.Default, DisputePolicy.SingleOffer, DisputePolicy.Default };
        var disputes = await Seed(host, [DisputePolicy.Default, .. policies]);
        var seeded = await LastSequence(host);
        clock.Advance(PastSellerDeadline);

        // The reference: the first dispute's expiry as a single command through Mediator and the write path.
        var single = disputes[0];
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var due = OpenedAt + DisputePolicy.Default.SellerResponse;
            var outcome = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireDeadlineRequest(single, DeadlineKind.SellerResponse, due,
                ExpireDeadlineRequest.CorrelationFor(single, DeadlineKind.SellerResponse, due)));
            outcome.Should().BeOfType<Written>().Which.Appended.Should().BeTrue();
        }
        var result = await host.Scheduler.DrainDueAsync();

        result.Should().Be(new DrainResult(policies.Length, policies.Length, 0, 0, PastSellerDeadline - Duration.FromDays(5)));
        await ShouldHaveExpiredOnceEach(host, disputes);
        var stored = await Appended(host, seeded);
        var reference = stored.Where(e => e.Dispute == single).ToList();
        reference.Select(e => e.Type).Should().Contain("deadline_expired");
        foreach (var (dispute, policy) in disputes.Skip(1).Zip(policies))
        {
            var events = stored.Where(e => e.Dispute == dispute).ToList();
            events.Select(e => e.Type).Should().Equal(reference.Select(e => e.Type), "the same expiry decides the same events");
            var due = OpenedAt + policy.SellerResponse;
            events.Should().OnlyContain(e => e.CorrelationId == ExpireDeadlineRequest.CorrelationFor(dispute, DeadlineKind.SellerResponse, due));
            foreach (var e in events)
            {
                e.Headers.Select(h => h.Key).Should().BeEquivalentTo(reference[0].Headers.Select(h => h.Key));
                e.Headers[EventHeaders.PolicyVersion]!.GetValue<string>().Should().Be(policy.Version, "each dispute's own policy");
                e.Headers[EventHeaders.CallerSubject]!.GetValue<string>().Should().Be(Caller.Scheduler.Subject);
                e.Headers[EventHeaders.CallerRole]!.GetValue<string>().Should().Be(Caller.Scheduler.Role);
            }
        }
        reference.Should().OnlyContain(e => e.Headers[EventHeaders.PolicyVersion]!.GetValue<string>() == DisputePolicy.Default.Version
                                             && e.Headers[EventHeaders.CallerSubject]!.GetValue<string>() == Caller.Scheduler.Subject
                                             && e.Headers[EventHeaders.CallerRole]!.GetValue<string>() == Caller.Scheduler.Role);
        (await host.Scalar<long>("select count(*) from {schema}.mt_events where headers ->> 'hash' is null")).Should().Be(0, "the hash chain covers every event");
    }

    [Fact]
    public async Task Given_a_dispute_of_the_batch_written_by_another_instance_after_the_batch_loaded_it_When_the_batch_commits_Then_it_falls_back_and_each_expires_once()
    {
        const string schema = "batched_expiries_race";
        await DeadlineHost.DropSchema(schema);
        var clock = new FakeClock(OpenedAt);
        await using var other = new DeadlineHost(schema, clock);
        var interloper = new Interloper(other);
        await using var host = new InterruptedHost(schema, clock, interloper);
        var disputes = await Seed(host, [.. Enumerable.Repeat(DisputePolicy.Default, 8)]);
        var seeded = await LastSequence(host);
        interloper.Target = disputes[3];
        clock.Advance(PastSellerDeadline);

        var result = await host.Services.GetRequiredService<DeadlineScheduler>().DrainDueAsync();

        interloper.Interrupted.Should().Be(1, "the batch's save was about to run when the other instance wrote");
        result.Should().Be(new DrainResult(8, 8, 0, 0, PastSellerDeadline - Duration.FromDays(5)));
        await ShouldHaveExpiredOnceEach(host, disputes);
        var stored = await Appended(host, seeded);
        stored.Where(e => e.Dispute == disputes[3]).Select(e => e.Type).Should().StartWith("message_posted", "the other instance's message came first");
        stored.Where(e => e.Type != "message_posted").Should().OnlyContain(e =>
            e.CorrelationId == ExpireDeadlineRequest.CorrelationFor(e.Dispute, DeadlineKind.SellerResponse, OpenedAt + DisputePolicy.Default.SellerResponse));
        var versions = await host.Rows("select stream_id, version from {schema}.mt_events where type <> 'tombstone' order by stream_id, version");
        versions.GroupBy(r => (Guid)r[0]).Should().OnlyContain(g => g.Select(r => (long)r[1]).SequenceEqual(LongRange(g.Count())));
    }

    private static IEnumerable<long> LongRange(int count) => Enumerable.Range(1, count).Select(v => (long)v);

    // Just before the first save of this instance that appends to the target among other streams (the batch), the
    // other instance posts a buyer's message on the target: the batch decided on a document that is now behind.
    private sealed class Interloper(DeadlineHost other) : DocumentSessionListenerBase
    {
        public Guid Target { get; set; }

        public int Interrupted { get; private set; }

        public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            var streams = session.PendingChanges.Streams().ToList();
            if (Interrupted > 0 || streams.Count < 2 || streams.All(s => s.Id != Target))
                return;
            Interrupted++;
            await Ok(For(other).Storefront(Target, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Any news?" }));
        }
    }

    // An instance whose store runs the listener; the other instance's store does not.
    private sealed class InterruptedHost(string schema, FakeClock clock, IDocumentSessionListener listener)
        : TestHost(new TestHostOptions(schema) { Clock = clock })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureMarten(o => o.Listeners.Add(listener)));
        }
    }
}
