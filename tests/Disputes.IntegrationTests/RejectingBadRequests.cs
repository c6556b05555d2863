using System.Net;
using System.Text;

namespace Disputes.IntegrationTests;

public sealed class RejectingBadRequests(ApiFixture<RejectingBadRequests> api) : IClassFixture<ApiFixture<RejectingBadRequests>>
{
    private readonly HttpClient client = api.CreateClient();

    [Theory]
    [InlineData("orderId")]
    [InlineData("amountPaid")]
    [InlineData("reason")]
    [InlineData("protectionEndsAt")]
    public async Task Given_a_missing_required_field_When_opened_Then_400_names_that_field(string field)
    {
        var response = await client.PostDispute(Requests.OpenDispute().Without(field));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Json();
        problem["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/invalid-input");
        problem.FieldErrors(field).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("{\"orderId\": \"o-1\",")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    public async Task Given_a_body_that_is_not_a_json_object_When_opened_Then_400_problem(string body)
    {
        var response = await client.PostAsync("/disputes", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Json())["errors"].Should().NotBeNull();
    }

    [Theory]
    [InlineData("amountPaid", "{\"amount\": \"lots\", \"currency\": \"EUR\"}", "amountPaid.amount")]
    [InlineData("reason", "\"BecauseISaidSo\"", "reason")]
    [InlineData("protectionEndsAt", "\"next tuesday\"", "protectionEndsAt")]
    public async Task Given_a_value_of_the_wrong_type_When_opened_Then_400_names_that_field(string property, string json, string field)
    {
        var body = Requests.OpenDispute().With(property, System.Text.Json.Nodes.JsonNode.Parse(json));

        var response = await client.PostDispute(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Json()).FieldErrors(field).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Given_an_unknown_currency_When_opened_Then_400_names_the_currency()
    {
        var body = Requests.OpenDispute().With("amountPaid", new System.Text.Json.Nodes.JsonObject { ["amount"] = 100, ["currency"] = "XXQ" });

        var response = await client.PostDispute(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Json()).FieldErrors("amountPaid.currency").Should().NotBeEmpty();
    }

    [Fact]
    public async Task Given_an_unknown_id_When_read_Then_404_problem()
    {
        var response = await client.GetAsync($"/disputes/{Guid.Parse("0199a000-0000-7000-8000-0000000000ff")}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Json())["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/dispute-not-found");
    }
}
