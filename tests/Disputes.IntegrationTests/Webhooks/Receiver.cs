using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Disputes.IntegrationTests.Webhooks;

// One request as the receiver saw it, and the status it answered.
public sealed record Received(string Id, int Attempt, string EventType, string Signature, byte[] Body, int Status)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
    public Guid DisputeId => Guid.Parse(Json["disputeId"]!.GetValue<string>());
    public long Version => Json["version"]!.GetValue<long>();
    public bool Accepted => Status is >= 200 and < 300;
}

// A real HTTP endpoint on loopback (Kestrel on a free port) that records every request in arrival order and
// answers what the test's Respond says (the number of requests seen before this one is its argument).
public sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<Received> received = [];

    private Receiver(WebApplication app) => this.app = app;

    public string Url { get; private set; } = "";

    public Func<int, HttpStatusCode> Respond { get; set; } = _ => HttpStatusCode.OK;

    // Optional pause before answering, so several deliveries overlap in time.
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<Received> Requests
    {
        get
        {
            lock (received)
                return [.. received];
        }
    }

    public IReadOnlyList<Received> Deliveries => [.. Requests.Where(r => r.Accepted)];

    public static async Task<Receiver> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var receiver = new Receiver(builder.Build());
        receiver.app.MapPost("/hooks", (Delegate)receiver.Handle);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = $"{address}/hooks";
        return receiver;
    }

    private async Task<IResult> Handle(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var headers = context.Request.Headers;
        Received request;
        lock (received)
        {
            var status = (int)Respond(received.Count);
            request = new Received(headers["Disputes-Webhook-Id"].ToString(), int.Parse(headers["Disputes-Webhook-Attempt"].ToString()),
                headers["Disputes-Event-Type"].ToString(), headers["Disputes-Signature"].ToString(), buffer.ToArray(), status);
            received.Add(request);
        }
        if (Latency > TimeSpan.Zero)
            await Task.Delay(Latency);
        return Results.StatusCode(request.Status);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
