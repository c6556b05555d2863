using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Reliability;

// Found by the reliability suite: with PostgreSQL stopped every command answered 500. It must be 503 problem
// details with Retry-After, within the configured connect timeout, and readiness must say so.
public sealed class DatabaseOutage : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> app = new UnreachableDatabase();

    [Fact]
    public async Task Given_an_unreachable_database_When_a_command_arrives_Then_503_problem_with_retry_after_within_the_timeout()
    {
        var clock = Stopwatch.StartNew();
        var response = await DisputeApi.Post(app.ClientAs("storefront-1", "storefront"), $"/disputes/{Guid.CreateVersion7()}/messages",
            new() { ["actingAs"] = AsBuyer, ["text"] = "Hello." });

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Json())["type"]!.GetValue<string>().Should().EndWith("/service-unavailable");
        response.Headers.RetryAfter.Should().NotBeNull();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the connect timeout is 2 s");
    }

    [Fact]
    public async Task Given_an_unreachable_database_When_reading_Then_503_and_readiness_is_unhealthy()
    {
        var read = await app.ClientAs("auditor-1", "auditor").GetAsync($"/disputes/{Guid.CreateVersion7()}");
        read.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);

        (await app.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await app.CreateClient().GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    // The schema is never reached; no default token, so only the calls that bring their own are authenticated.
    private sealed class UnreachableDatabase() : TestHost(new TestHostOptions("database_outage")
    {
        ConnectionString = $"Host=127.0.0.1;Port={ClosedPort()};Database=disputes;Username=postgres",
        Settings = new Dictionary<string, string?> { ["Disputes:Database:TimeoutSeconds"] = "2" },
        Caller = null,
    })
    {
        // A port nothing listens on: bound and released, so connecting is refused at once.
        private static int ClosedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
