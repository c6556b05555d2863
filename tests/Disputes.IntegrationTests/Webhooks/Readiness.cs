using System.Net;
using Disputes.Hosting.Workers;
using Disputes.Webhooks.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Disputes.IntegrationTests.Webhooks;

public sealed class Readiness
{
    [Fact]
    public async Task Given_a_webhook_dispatcher_that_stopped_When_readiness_is_asked_Then_the_instance_is_not_ready()
    {
        await using var host = await WebhookHost.Start("webhooks_readiness");
        var client = host.CreateClient();
        await Eventually.Holds(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "a ready instance");

        var loop = host.Services.GetServices<IHostedService>().OfType<WorkerLoop<WebhookDispatcher>>().Single();
        await loop.StopAsync(CancellationToken.None);

        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
