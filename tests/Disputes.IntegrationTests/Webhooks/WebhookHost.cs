using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Webhooks.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace Disputes.IntegrationTests.Webhooks;

// One API instance with the webhook dispatcher running, on a given schema; two hosts on one schema are two
// instances on one database. The clock is the real one: retries wait for real (milliseconds, set below), and
// a receiver checks signature timestamps against its own clock. The async daemon keeps the app's default.
public sealed class WebhookHost(string schema, IReadOnlyDictionary<string, string?>? settings = null)
    : TestHost(new TestHostOptions(schema)
    {
        Webhooks = true,
        Daemon = null,
        // A test's own settings win over the fast defaults.
        Settings = (settings ?? new Dictionary<string, string?>()).UnionBy(Fast, s => s.Key).ToDictionary(),
    })
{
    public const string Admin = "ops-1";

    // Retries within tens of milliseconds and idle looks every 100 ms keep tests short. The attempt timeout is
    // generous instead: a POST to the loopback receiver that a busy machine makes slow must still count as the
    // receiver's answer, never as a timeout the tests did not ask for (tests count attempts and statuses).
    private static readonly Dictionary<string, string?> Fast = new()
    {
        ["Disputes:Webhooks:FirstRetryDelay"] = "00:00:00.020",
        ["Disputes:Webhooks:MaxRetryDelay"] = "00:00:00.100",
        ["Disputes:Webhooks:AttemptTimeout"] = "00:01:00",
        ["Disputes:Webhooks:Lease"] = "00:02:00",
        ["Disputes:Webhooks:MaxIdle"] = "00:00:00.100",
        ["Disputes:Webhooks:PublicBaseUrl"] = "https://disputes.example.com",
    };

    public WebhookDispatcher Dispatcher => Services.GetRequiredService<WebhookDispatcher>();

    public static async Task<WebhookHost> Start(string schema, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await DropSchema(schema);
        var host = new WebhookHost(schema, settings);
        _ = host.Services;
        return host;
    }

    public HttpClient AdminClient() => this.ClientAs(Admin, "admin");

    // Subscribes the receiver; returns the subscription as created (with its secret).
    public async Task<JsonObject> Subscribe(Receiver receiver, params string[] eventTypes)
    {
        var response = await AdminClient().PostAsJsonAsync("/webhooks/subscriptions", new JsonObject
        {
            ["url"] = receiver.Url,
            ["eventTypes"] = new JsonArray([.. (eventTypes.Length == 0 ? ["*"] : eventTypes).Select(t => JsonValue.Create(t))]),
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    // Every committed event of these disputes as (dispute, version), in stream order: what a "*" subscriber is owed.
    public async Task<List<(Guid DisputeId, long Version, string Type)>> Events(params Guid[] disputes) =>
        [.. (await Rows("select stream_id, version, mt_dotnet_type from {schema}.mt_events order by stream_id, version"))
            .Select(r => ((Guid)r[0], (long)r[1], ((string)r[2]).Split(',')[0].Split('.')[^1]))
            .Where(e => disputes.Contains(e.Item1))];
}
