using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Reliability;

// Found by the reliability suite: with PostgreSQL stopped every command answered 500. It must be 503 problem
// details with Retry-After, and readiness must say so. A server that accepts connections and never answers is
// ended by the configured connect timeout, not by the client giving up: the test waits far longer than that
// timeout (a hang fails it) and judges what comes back, never how long it took.
public sealed class DatabaseOutage : IAsyncLifetime
{
    private readonly TcpListener silent = new(IPAddress.Loopback, 0);
    private WebApplicationFactory<Program> refusing = null!;
    private WebApplicationFactory<Program> unanswering = null!;

    [Fact]
    public async Task Given_an_unreachable_database_When_a_command_arrives_Then_503_problem_with_retry_after()
    {
        var response = await DisputeApi.Post(refusing.ClientAs("storefront-1", "storefront"), $"/disputes/{Guid.CreateVersion7()}/messages",
            new() { ["actingAs"] = AsBuyer, ["text"] = "Hello." });

        await ShouldBeUnavailable(response);
    }

    [Fact]
    public async Task Given_a_database_that_accepts_but_never_answers_When_a_command_arrives_Then_the_connect_timeout_ends_it_with_503()
    {
        var client = unanswering.ClientAs("storefront-1", "storefront");
        client.Timeout = Patience.Bound;

        var response = await DisputeApi.Post(client, $"/disputes/{Guid.CreateVersion7()}/messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Hello." });

        await ShouldBeUnavailable(response);
    }

    [Fact]
    public async Task Given_an_unreachable_database_When_reading_Then_503_and_readiness_is_unhealthy()
    {
        var read = await refusing.ClientAs("auditor-1", "auditor").GetAsync($"/disputes/{Guid.CreateVersion7()}");
        read.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);

        (await refusing.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await refusing.CreateClient().GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task ShouldBeUnavailable(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Json())["type"]!.GetValue<string>().Should().EndWith("/service-unavailable");
        response.Headers.RetryAfter.Should().NotBeNull();
    }

    public Task InitializeAsync()
    {
        // Listening but never accepting: the kernel completes the TCP handshake, and nothing ever speaks PostgreSQL.
        silent.Start();
        refusing = new UnreachableDatabase(ClosedPort());
        unanswering = new UnreachableDatabase(((IPEndPoint)silent.LocalEndpoint).Port);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await refusing.DisposeAsync();
        await unanswering.DisposeAsync();
        silent.Stop();
    }

    // A port nothing listens on: bound and released, so connecting is refused at once.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The schema is never reached; no default token, so only the calls that bring their own are authenticated.
    private sealed class UnreachableDatabase(int port) : TestHost(new TestHostOptions("database_outage")
    {
        ConnectionString = $"Host=127.0.0.1;Port={port};Database=disputes;Username=postgres",
        Settings = new Dictionary<string, string?> { ["Disputes:Database:TimeoutSeconds"] = "2" },
        Caller = null,
    });
}
