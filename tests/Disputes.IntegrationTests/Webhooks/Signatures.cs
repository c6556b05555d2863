using System.Text;

namespace Disputes.IntegrationTests.Webhooks;

// What a receiver gets: the documented payload, signed so that a changed body, a changed timestamp, an old
// timestamp or the wrong secret all fail the README's verification.
public sealed class Signatures
{
    private static readonly Guid Dispute = Guid.Parse("0199c200-0000-7000-8000-000000000001");
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private static async Task<(Received Delivery, string Secret, WebhookHost Host)> OneDelivery(Receiver receiver, string schema)
    {
        var host = await WebhookHost.Start(schema);
        var secret = (await host.Subscribe(receiver, "DisputeOpened"))["secret"]!.GetValue<string>();
        await new Steps(host).Open(Dispute);
        await Eventually.Holds(() => receiver.Deliveries.Count == 1, "the opening delivered");
        return (receiver.Deliveries.Single(), secret, host);
    }

    [Fact]
    public async Task Given_a_delivery_When_its_body_is_tampered_with_Then_the_signature_no_longer_verifies()
    {
        await using var receiver = await Receiver.Start();
        var (delivery, secret, host) = await OneDelivery(receiver, "webhooks_signature");
        await using var _ = host;
        var now = DateTimeOffset.UtcNow;

        SignatureVerifier.IsValid(secret, delivery.Signature, delivery.Body, now, Tolerance).Should().BeTrue();

        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(delivery.Body).Replace("\"amount\":4999", "\"amount\":9999"));
        tampered.Should().NotEqual(delivery.Body);
        SignatureVerifier.IsValid(secret, delivery.Signature, tampered, now, Tolerance).Should().BeFalse("the body changed");
        var timestamp = long.Parse(delivery.Signature.Split(',')[0][2..]);
        var retimed = delivery.Signature.Replace($"t={timestamp}", $"t={timestamp + 1}");
        SignatureVerifier.IsValid(secret, retimed, delivery.Body, now, Tolerance).Should().BeFalse("the timestamp is signed too");
        SignatureVerifier.IsValid(secret, delivery.Signature, delivery.Body, now.AddMinutes(6), Tolerance).Should().BeFalse("a replay outside the window");
        SignatureVerifier.IsValid("whsec_someone-elses-secret", delivery.Signature, delivery.Body, now, Tolerance).Should().BeFalse("another secret");
    }

    [Fact]
    public async Task Given_a_delivery_Then_its_payload_names_the_event_its_place_in_the_streams_and_a_link_to_the_dispute()
    {
        await using var receiver = await Receiver.Start();
        var (delivery, _, host) = await OneDelivery(receiver, "webhooks_payload");
        await using var _h = host;
        var stored = (await host.Rows("select seq_id, id::text, data->>'at' from {schema}.mt_events where version = 1")).Single();

        var json = delivery.Json;
        json.Select(p => p.Key).Should().Equal("id", "type", "disputeId", "version", "sequence", "occurredAt", "eventId", "links", "data");
        json["id"]!.GetValue<string>().Should().Be(delivery.Id);
        json["type"]!.GetValue<string>().Should().Be("DisputeOpened").And.Be(delivery.EventType);
        json["disputeId"]!.GetValue<Guid>().Should().Be(Dispute);
        json["version"]!.GetValue<long>().Should().Be(1);
        json["sequence"]!.GetValue<long>().Should().Be((long)stored[0]);
        json["eventId"]!.GetValue<string>().Should().Be((string)stored[1]);
        json["occurredAt"]!.GetValue<string>().Should().Be((string)stored[2]).And.EndWith("Z");
        json["links"]!["dispute"]!.GetValue<string>().Should().Be($"https://disputes.example.com/disputes/{Dispute}");
        json["data"]!["disputeId"]!.GetValue<Guid>().Should().Be(Dispute);
        json["data"]!["amountPaid"]!["currency"]!.GetValue<string>().Should().Be("EUR");
        delivery.Attempt.Should().Be(1);
        delivery.Signature.Should().MatchRegex("^t=[0-9]+,v1=[0-9a-f]{64}$");
    }
}
