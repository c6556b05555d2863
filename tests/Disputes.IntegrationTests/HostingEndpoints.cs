using System.Net;

namespace Disputes.IntegrationTests;

public sealed class HostingEndpoints(ApiFixture<HostingEndpoints> api) : IClassFixture<ApiFixture<HostingEndpoints>>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task Health_live_and_ready_answer_200_when_the_database_is_up()
    {
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    // The load benchmark's bare control exists only when Disputes:Bench:ControlEndpoint says so.
    [Fact]
    public async Task The_bench_control_is_not_served_by_default()
    {
        var storefront = api.ClientAs("storefront-1", "storefront");
        (await storefront.PostAsync($"/bench/control/{Guid.CreateVersion7()}", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/bench/round-trips")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var document = await (await client.GetAsync("/openapi/v1.json")).Json();
        document["paths"]!.AsObject().Select(p => p.Key).Should().NotContain(path => path.StartsWith("/bench", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_describes_instants_as_date_time_strings()
    {
        var response = await client.GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = await response.Json();
        var schemas = document["components"]!["schemas"]!;
        var view = schemas["DisputeView"]!["properties"]!;
        view["protectionEndsAt"]!["type"]!.GetValue<string>().Should().Be("string");
        view["protectionEndsAt"]!["format"]!.GetValue<string>().Should().Be("date-time");
        var request = schemas["OpenDisputeRequest"]!["properties"]!["protectionEndsAt"]!;
        request["format"]!.GetValue<string>().Should().Be("date-time");
    }

    [Fact]
    public async Task The_openapi_document_declares_problem_responses_for_opening()
    {
        var document = await (await client.GetAsync("/openapi/v1.json")).Json();

        var responses = document["paths"]!["/disputes"]!["post"]!["responses"]!.AsObject();
        responses.Select(r => r.Key).Should().Contain(["201", "400", "409", "422"]);
    }

    [Fact]
    public async Task The_interactive_reference_is_served()
    {
        (await client.GetAsync("/scalar/v1")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_openapi_document_names_the_statistics_query_parameters_as_clients_send_them()
    {
        var document = await (await client.GetAsync("/openapi/v1.json")).Json();

        var parameters = document["paths"]!["/statistics/daily"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        parameters.Should().Equal("reason", "from", "to");
        var median = document["components"]!["schemas"]!["FirstResponseView"]!["properties"]!["median"]!;
        median["format"]!.GetValue<string>().Should().Be("duration");
    }
}
