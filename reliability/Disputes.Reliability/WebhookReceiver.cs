using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Disputes.Reliability;

// A storefront's webhook endpoint: answers 200 to everything and remembers which (dispute, version) arrived, so
// the crash scenario can check that notifications carry on across kill -9 (at least once, by the outbox).
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stop = new();

    public WebhookReceiver()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        probe.Stop();
        listener.Prefixes.Add(Url);
        listener.Start();
        _ = Task.Run(Serve);
    }

    public string Url { get; }
    public ConcurrentDictionary<(Guid Dispute, long Version), int> Received { get; } = new();
    public int Deliveries => Received.Values.Sum();

    private async Task Serve()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception) when (stop.IsCancellationRequested) { return; }
            try
            {
                using var reader = new StreamReader(context.Request.InputStream);
                var payload = JsonNode.Parse(await reader.ReadToEndAsync());
                if (payload?["disputeId"]?.GetValue<string>() is { } id && payload["version"]?.GetValue<long>() is { } version)
                    Received.AddOrUpdate((Guid.Parse(id), version), 1, (_, n) => n + 1);
                context.Response.StatusCode = 200;
            }
            catch (Exception)
            {
                context.Response.StatusCode = 400;
            }
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        stop.Dispose();
    }
}
