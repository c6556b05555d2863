using System.Net;
using Disputes.Webhooks.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace Disputes.IntegrationTests.Webhooks;

// Two API instances on one database, both dispatching, commits arriving through both, a receiver that is slow
// and fails now and then: every notification arrives, and no dispute's notifications ever arrive out of order.
public sealed class TwoInstances
{
    private const int Disputes = 8;
    private const int MessagesEach = 4;

    [Fact]
    public async Task Given_two_instances_dispatching_one_outbox_When_disputes_move_through_both_Then_no_dispute_is_delivered_out_of_order()
    {
        await using var receiver = await Receiver.Start();
        // Every fifth request fails; each takes a few milliseconds, so deliveries of both instances overlap.
        receiver.Respond = seen => seen % 5 == 4 ? HttpStatusCode.BadGateway : HttpStatusCode.OK;
        receiver.Latency = TimeSpan.FromMilliseconds(5);
        await using var a = await WebhookHost.Start("webhooks_two_instances");
        await using var b = new WebhookHost("webhooks_two_instances");
        await a.Subscribe(receiver);
        var ids = Enumerable.Range(1, Disputes).Select(i => Guid.Parse($"0199c300-0000-7000-8000-{i:D12}")).ToArray();

        // One write through each first: two processes creating a fresh schema at once trip over each other's DDL.
        await new Steps(a).Open(ids[0]);
        await new Steps(b).Open(ids[1]);

        // Each dispute's steps go alternately through a and b; the disputes move concurrently.
        await Task.WhenAll(ids.Select(async (id, i) =>
        {
            if (i > 1)
                await new Steps(i % 2 == 0 ? a : b).Open(id);
            for (var m = 1; m <= MessagesEach; m++)
                await new Steps((i + m) % 2 == 0 ? a : b).Message(id, m);
        }));
        var owed = await a.Events(ids);
        owed.Should().HaveCount(Disputes * (MessagesEach + 3), "an opening appends three events, a message one");

        await Eventually.Holds(() => receiver.HasAll(owed), "every notification accepted");

        receiver.ShouldBeInOrderAndComplete(owed);
        // The receiver records a delivery before the dispatcher records its 2xx; wait for the instances' counts.
        long Delivered() => new[] { a, b }.Sum(h => h.Services.GetRequiredService<WebhookDispatcherState>().Totals.Delivered);
        await Eventually.Holds(() => Delivered() == owed.Count, "both instances' counts to add up to the notifications");
    }
}
