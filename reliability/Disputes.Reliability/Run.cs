using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Disputes.Reliability;

// Everything a scenario needs: the running API, clients with tokens for each role, the ledger, the seed.
public sealed class Run(RunOptions options, ApiProcess api, ApiClient client, Ledger ledger, PostgresControl postgres, string logPath)
{
    public RunOptions Options => options;
    public ApiProcess Api => api;
    public ApiClient Client => client;
    public Ledger Ledger => ledger;
    public PostgresControl Postgres => postgres;
    public string LogPath => logPath;
    public Random Random { get; } = new(options.Seed);

    // Each worker acts as a service of its own: rate limits are per client, and so are idempotency keys.
    public string Storefront(int worker = 0) => client.Tokens.For($"storefront-{worker}", "storefront");
    public string Mediator(int n = 0) => client.Tokens.For($"mediator-{n}", "mediator");
    public string Auditor => client.Tokens.For("auditor-rel", "auditor");
    public string Admin => client.Tokens.For("admin-rel", "admin");

    public async Task<Guid> OpenDispute(string scenario, string remedy = "FullRefund")
    {
        var id = Guid.CreateVersion7();
        var sent = await client.Post(scenario, "/disputes", Bodies.Open(id, remedy), Storefront(), id, mustAppend: true);
        if (sent.Status != 201)
            throw new InvalidOperationException($"Opening a dispute answered {sent.Status}: {sent.Body}");
        return id;
    }

    public async Task<JsonObject?> Dispute(Guid id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/disputes/{id}");
        request.Headers.Authorization = new("Bearer", Auditor);
        using var response = await client.Http.SendAsync(request);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
    }

    // Runs work on `concurrency` workers until `count` items are done and, when given, `atLeast` has passed;
    // each call gets the item's number and the worker's index.
    public static Task Parallel(int count, int concurrency, Func<int, int, Task> work, TimeSpan? atLeast = null)
    {
        var next = -1;
        var until = DateTime.UtcNow + (atLeast ?? TimeSpan.Zero);
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count || DateTime.UtcNow < until)
                await work(i, worker);
        })));
    }
}
