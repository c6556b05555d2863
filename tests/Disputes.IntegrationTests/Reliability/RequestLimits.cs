using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Disputes.IntegrationTests.Reliability;

// Disputes:Limits: an oversized body is 413 and a client over its rate 429, both problem details; other clients
// and health probes are not held back.
public sealed class RequestLimits(ApiFixture<RequestLimits> api) : IClassFixture<ApiFixture<RequestLimits>>
{
    private WebApplicationFactory<Program> Limited => api.WithWebHostBuilder(b =>
    {
        b.UseSetting("Disputes:Limits:MaxRequestBodyBytes", "1024");
        b.UseSetting("Disputes:Limits:PermitsPerSecond", "1");
        b.UseSetting("Disputes:Limits:Burst", "3");
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

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
            answers.Add(await greedy.GetAsync($"/disputes/{Guid.CreateVersion7()}"));

        var limited = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        limited.Should().NotBeEmpty();
        limited[0].Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        limited[0].Headers.RetryAfter.Should().NotBeNull();
        (await app.ClientAs("storefront-calm", "storefront").GetAsync($"/disputes/{Guid.CreateVersion7()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
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
