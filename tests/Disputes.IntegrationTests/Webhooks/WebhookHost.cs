using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Api.Webhooks.Delivery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Disputes.IntegrationTests.Webhooks;

// One API instance with the webhook dispatcher running, on a given schema; two hosts on one schema are two
// instances on one database. The clock is the real one: retries wait for real (milliseconds, set below), and
// a receiver checks signature timestamps against its own clock.
public sealed class WebhookHost(string schema, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string Admin = "ops-1";

    public string Schema { get; } = schema;

    public WebhookDispatcher Dispatcher => Services.GetRequiredService<WebhookDispatcher>();

    public static async Task<WebhookHost> Start(string schema, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await DropSchema(schema);
        var host = new WebhookHost(schema, settings);
        _ = host.Services;
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Disputes", ApiFixture<WebhookHost>.ConnectionString);
        builder.UseSetting("Disputes:Schema", Schema);
        builder.UseSetting("Disputes:Scheduler:Enabled", "false");
        // Retries within tens of milliseconds and idle looks every 100 ms keep tests short. The attempt timeout is
        // generous instead: a POST to the loopback receiver that a busy machine makes slow must still count as the
        // receiver's answer, never as a timeout the tests did not ask for (tests count attempts and statuses).
        builder.UseSetting("Disputes:Webhooks:FirstRetryDelay", "00:00:00.020");
        builder.UseSetting("Disputes:Webhooks:MaxRetryDelay", "00:00:00.100");
        builder.UseSetting("Disputes:Webhooks:AttemptTimeout", "00:01:00");
        builder.UseSetting("Disputes:Webhooks:Lease", "00:02:00");
        builder.UseSetting("Disputes:Webhooks:MaxIdle", "00:00:00.100");
        builder.UseSetting("Disputes:Webhooks:PublicBaseUrl", "https://disputes.example.com");
        TestTokens.Trust(builder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        TestTokens.Authorize(client, "storefront-1", "storefront");
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

    public static async Task DropSchema(string schema)
    {
        await using var connection = new NpgsqlConnection(ApiFixture<WebhookHost>.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists \"{schema}\" cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }

    // Rows of a query against this host's schema ({schema} is replaced), each as an array of column values.
    public async Task<List<object[]>> Rows(string sql)
    {
        await using var connection = new NpgsqlConnection(ApiFixture<WebhookHost>.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", $"\"{Schema}\""), connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }
        return rows;
    }

    // Every committed event of these disputes as (dispute, version), in stream order: what a "*" subscriber is owed.
    public async Task<List<(Guid DisputeId, long Version, string Type)>> Events(params Guid[] disputes) =>
        [.. (await Rows("select stream_id, version, mt_dotnet_type from {schema}.mt_events order by stream_id, version"))
            .Select(r => ((Guid)r[0], (long)r[1], ((string)r[2]).Split(',')[0].Split('.')[^1]))
            .Where(e => disputes.Contains(e.Item1))];
}
