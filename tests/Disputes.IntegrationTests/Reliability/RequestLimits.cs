using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Disputes.Api.Limits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Disputes.IntegrationTests.Reliability;

// Disputes:Limits: an oversized body is 413 and a client over its rate 429, both problem details; other clients
// and health probes are not held back.
public sealed class RequestLimits(ApiFixture<RequestLimits> api) : IClassFixture<ApiFixture<RequestLimits>>
{
    private const int Burst = 3;

    // The slowest refill there is (one permit a second), so whether a client is over its rate hardly depends on how
    // fast the requests go; the verdict below allows for the refill anyway.
    private WebApplicationFactory<Program> Limited => api.WithWebHostBuilder(b =>
    {
        b.UseSetting("Disputes:Limits:MaxRequestBodyBytes", "1024");
        b.UseSetting("Disputes:Limits:PermitsPerSecond", "1");
        b.UseSetting("Disputes:Limits:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

    [Fact]
    public async Task Given_a_body_over_the_limit_When_posted_Then_413_problem()
    {
        using var app = Limited;
        var body = $"{{\"actingAs\":{{\"party\":\"Buyer\",\"id\":\"buyer-7\"}},\"text\":\"{new string('x', 2_000)}\"}}";

        var response = await app.ClientAs("storefront-big", "storefront").PostAsync($"/disputes/{Guid.CreateVersion7()}/messages",
            new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Json())["type"]!.GetValue<string>().Should().EndWith("/payload-too-large");
    }

    [Fact]
    public async Task Given_a_client_over_its_burst_When_it_keeps_calling_Then_429_problem_with_retry_after_for_it_alone()
    {
        using var app = Limited;
        var greedy = app.ClientAs("storefront-greedy", "storefront");

        // Rounds of 20 at once until one is refused. However slow the machine, the bucket admits at most its burst
        // plus one permit per second elapsed; a limiter that let more through fails here, one that limits passes.
        var clock = Stopwatch.StartNew();
        var admitted = 0;
        var limited = new List<HttpResponseMessage>();
        while (limited.Count == 0)
        {
            clock.Elapsed.Should().BeLessThan(Patience.Bound, "a client sending far over its rate is limited at some point");
            var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => greedy.GetAsync($"/disputes/{Guid.CreateVersion7()}")));
            limited.AddRange(answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests));
            admitted += answers.Count(a => a.StatusCode != HttpStatusCode.TooManyRequests);
            admitted.Should().BeLessThanOrEqualTo(Burst + (int)clock.Elapsed.TotalSeconds + 1, "the burst plus one permit per second elapsed");
        }
        limited[0].Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        limited[0].Headers.RetryAfter.Should().NotBeNull();
        (await app.ClientAs("storefront-calm", "storefront").GetAsync($"/disputes/{Guid.CreateVersion7()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    // Found when the limits test was made independent of speed: 1 permit a second refilled 1 token every 100 ms (10 a
    // second), and 15 a second refilled 10. The bucket must refill exactly the configured rate, however it is sliced.
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(15)]
    [InlineData(1000)]
    [InlineData(1005)]
    public void Given_a_configured_rate_When_the_bucket_is_built_Then_it_refills_exactly_that_many_permits_a_second(int permitsPerSecond)
    {
        var bucket = ClientRateLimit.Bucket(new LimitOptions { PermitsPerSecond = permitsPerSecond, Burst = 3 });

        (bucket.TokensPerPeriod / bucket.ReplenishmentPeriod.TotalSeconds).Should().BeApproximately(permitsPerSecond, permitsPerSecond * 1e-4, "to the tick");
        bucket.TokenLimit.Should().Be(3);
        bucket.ReplenishmentPeriod.Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(1), "a limited client waits at most a second");
    }

    // Found by the fuzzer: with Accept naming no JSON type, the framework's writer declined and a 401 came back as
    // text/plain (or empty). The API answers problem details whatever was asked.
    [Fact]
    public async Task Given_accept_xml_When_refused_Then_still_problem_json()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/audit/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

        var response = await api.ClientAs("storefront-xml", "storefront").SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
