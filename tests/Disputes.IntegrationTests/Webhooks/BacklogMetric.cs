using System.Diagnostics.Metrics;
using Disputes.Projections.Telemetry;
using Disputes.Webhooks.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Disputes.IntegrationTests.Webhooks;

// The notification backlog gauge operators alert on reads the shared outbox: what waits is what it reports.
public sealed class BacklogMetric
{
    private static readonly Guid Dispute = Guid.Parse("0199c500-0000-7000-8000-0000000000b1");
    private static readonly Dictionary<string, string?> DispatcherOff = new() { ["Disputes:Webhooks:Enabled"] = "false" };

    [Fact]
    public async Task Given_undelivered_notifications_When_the_gauge_is_sampled_Then_it_reports_them_as_pending()
    {
        await using var receiver = await Receiver.Start();
        await using var host = await WebhookHost.Start("webhooks_backlog_metric", DispatcherOff);
        await host.Subscribe(receiver);
        await new Steps(host).Open(Dispute);
        var pending = (await host.Rows("select id from {schema}.webhook_outbox")).Count;

        var probe = host.Services.GetRequiredService<NotificationBacklogProbe>();
        await probe.SampleAsync(CancellationToken.None);

        var measured = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DisputesTelemetry.MeterName && instrument.Name == "disputes.notifications.backlog")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => measured[(string)tags[0].Value!] = value);
        listener.Start();
        listener.RecordObservableInstruments();

        pending.Should().BeGreaterThan(0);
        measured.Should().Contain("pending", pending).And.Contain("dead", 0).And.Contain("paused", 0);
    }
}
