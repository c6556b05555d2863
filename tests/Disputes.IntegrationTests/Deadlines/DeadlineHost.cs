using Disputes.Deadlines.Scheduling;
using Disputes.Domain;
using Disputes.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Deadlines;

// One API instance on a given schema and clock. Several hosts on one schema and one FakeClock are several
// instances on one database. The hosted scheduler loop is off unless a test turns it on: tests drive
// DrainDueAsync after moving the clock, so nothing fires behind their back. The async daemon is off too unless
// a test's settings turn it on (Projections/*).
public sealed class DeadlineHost(string schema, FakeClock clock, IReadOnlyDictionary<string, string?>? settings = null)
    : TestHost(new TestHostOptions(schema) { Clock = clock, Settings = settings })
{
    public FakeClock Clock { get; } = clock;

    public DeadlineScheduler Scheduler => Services.GetRequiredService<DeadlineScheduler>();

    public async Task<IReadOnlyList<DeadlineExpired>> ExpiredEvents()
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.QueryRawEventDataOnly<DeadlineExpired>().ToListAsync();
    }

    // Many disputes at once, straight through Marten with the decider's own events (the inline projections
    // still write the deadline rows): opening 1,000 disputes one request at a time would dwarf what is tested.
    public async Task<IReadOnlyList<Guid>> SeedOpenDisputes(int count, Instant openedAt, string prefix = "0199b000")
    {
        var store = Services.GetRequiredService<IDocumentStore>();
        var policy = Services.GetRequiredService<PolicyCatalog>().Current;
        var ids = new List<Guid>(count);
        for (var start = 0; start < count; start += 500)
        {
            await using var session = store.LightweightSession();
            for (var i = start; i < Math.Min(count, start + 500); i++)
            {
                var id = Guid.Parse($"{prefix}-0000-7000-8000-{i:D12}");
                var open = new OpenDispute(id, $"order-{i}", "buyer-7", "seller-3", DisputeReason.ItemNotReceived, "Never arrived.",
                    new Money(4999, "EUR"), Remedy.FullRefund, null, openedAt + Duration.FromDays(30), Actor.Buyer("buyer-7"));
                var events = ((Accepted)DisputeDecider.Decide(open, null, openedAt, policy)).Events;
                session.Events.StartStream<DisputeDetails>(id, events.Cast<object>().ToArray());
                ids.Add(id);
            }
            await session.SaveChangesAsync();
        }
        return ids;
    }
}
