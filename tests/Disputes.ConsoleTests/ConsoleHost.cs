using Disputes.IntegrationTests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Disputes.ConsoleTests;

// The real app on a real socket (a browser cannot reach the in-memory test server), built like every other test host,
// on a schema of its own, in Development (where the console's local sign-in is on) and on the system clock.
public sealed class ConsoleHost : TestHost
{
    public ConsoleHost(string schema, IReadOnlyDictionary<string, string?>? settings = null)
        : base(new TestHostOptions(schema) { Daemon = "Solo", Settings = Quiet(settings) })
    {
        UseKestrel(0);
    }

    // Development writes traces to standard output, which would bury the test's own output.
    private static Dictionary<string, string?> Quiet(IReadOnlyDictionary<string, string?>? settings) =>
        new(settings ?? new Dictionary<string, string?>()) { ["Disputes:Telemetry:Console"] = "false" };

    public string BaseUrl { get; private set; } = "";

    public async Task Start()
    {
        await DropSchema(Schema);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Kestrel reports the wildcard it bound; the browser needs an address it can dial.
        BaseUrl = address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/');
    }

    public HttpClient Storefront() => Client("storefront-1", "storefront");

    public HttpClient Client(string subject, string role)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        TestTokens.Authorize(client, subject, role);
        return client;
    }
}
