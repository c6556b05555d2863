using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Webhooks.Delivery;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Disputes.IntegrationTests.Webhooks;

// The retry schedule lives in the outbox row, not in the process: an instance that stops between attempts
// leaves the attempt count and the next attempt's time behind, and whichever instance runs next carries on.
public sealed class Restarts
{
    private const string Schema = "webhooks_restart";
    private static readonly Guid Dispute = Guid.Parse("0199c600-0000-7000-8000-000000000001");

    [Fact]
    public async Task Given_an_instance_that_stops_between_attempts_When_another_starts_Then_the_schedule_continues_where_it_was()
    {
        await using var receiver = await Receiver.Start();
        receiver.Respond = _ => HttpStatusCode.ServiceUnavailable;
        var first = await WebhookHost.Start(Schema, new Dictionary<string, string?>
        {
            ["Disputes:Webhooks:MaxAttempts"] = "3",
            // Long enough that this instance never makes the second attempt itself. The jittered first delay can fall far
            // below its median (about 0.5 % of draws under a tenth of it): ten hours puts even those well past a minute.
            ["Disputes:Webhooks:FirstRetryDelay"] = "10:00:00",
            ["Disputes:Webhooks:MaxRetryDelay"] = "10:00:00",
        });
        await first.Subscribe(receiver, "DisputeOpened");
        await new Steps(first).Open(Dispute);
        await Eventually.Holds(async () => (await Row(first)) is { Attempts: 1, NextAttemptAt: not null }, "the first failure recorded");
        await first.DisposeAsync();

        var (attempts, nextAttemptAt) = (await Row(first))!.Value;
        attempts.Should().Be(1);
        nextAttemptAt.Should().BeAfter(DateTime.UtcNow.AddMinutes(1), "the retry is minutes away, as scheduled");
        // Those minutes pass while no instance runs.
        await first.Rows("update {schema}.webhook_outbox set next_attempt_at = now()");

        await using var second = new WebhookHost(Schema, new Dictionary<string, string?> { ["Disputes:Webhooks:MaxAttempts"] = "3" });
        _ = second.Services;
        await Eventually.Holds(async () => (await DeadLetters(second)).Count == 1, "the remaining attempts made and the notification dead-lettered");

        receiver.Requests.Select(r => r.Attempt).Should().Equal([1, 2, 3], "the second instance went on from attempt 2, not from scratch");
        receiver.Requests.Select(r => r.Id).Distinct().Should().ContainSingle();
        (await DeadLetters(second)).Single()!["attempts"]!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public async Task Given_an_instance_that_died_holding_a_claim_When_its_lease_runs_out_Then_another_instance_delivers_it()
    {
        await using var receiver = await Receiver.Start();
        var crashed = await WebhookHost.Start("webhooks_lease_expiry", new Dictionary<string, string?> { ["Disputes:Webhooks:Enabled"] = "false" });
        await crashed.Subscribe(receiver, "DisputeOpened");
        await new Steps(crashed).Open(Dispute);
        // Claimed, then the process went away before it could POST or record anything. A short lease of its own, so
        // the test waits seconds; the survivor's own settings do not matter for a claim it did not make.
        var lease = Duration.FromSeconds(2);
        var claimedAfter = SystemClock.Instance.GetCurrentInstant();
        var claimed = await crashed.Services.GetRequiredService<WebhookOutbox>()
            .ClaimAsync(SystemClock.Instance.GetCurrentInstant(), 1, lease, "crashed", CancellationToken.None);
        claimed.Should().ContainSingle();
        await crashed.DisposeAsync();

        await using var survivor = new WebhookHost("webhooks_lease_expiry");
        _ = survivor.Services;
        await Eventually.Holds(() => receiver.Deliveries.Count == 1, "the orphaned notification delivered");

        var delivery = receiver.Deliveries.Single();
        delivery.Id.Should().Be(claimed[0].Id.ToString());
        delivery.Attempt.Should().Be(2, "the crashed claim counted as an attempt");
        // The lease ends at the claim's instant (after claimedAfter) plus its length; the signature's timestamp is
        // the attempt's, in whole seconds.
        long.Parse(delivery.Signature.Split(',')[0][2..]).Should()
            .BeGreaterThanOrEqualTo((claimedAfter + lease).ToUnixTimeSeconds(), "nobody else sent it while the lease ran");
    }

    private static async Task<(int Attempts, DateTime? NextAttemptAt)?> Row(WebhookHost host)
    {
        var rows = await host.Rows("select attempts, next_attempt_at from {schema}.webhook_outbox");
        return rows.Count == 0 ? null : ((int)rows[0][0], rows[0][1] is DateTime at ? at : null);
    }

    private static async Task<JsonArray> DeadLetters(WebhookHost host) =>
        (await host.AdminClient().GetFromJsonAsync<JsonObject>("/webhooks/dead-letters"))!["items"]!.AsArray();
}
