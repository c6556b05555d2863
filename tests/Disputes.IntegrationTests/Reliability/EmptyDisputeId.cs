using System.Net;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Reliability;

// Found by the fuzzer: Marten throws on the empty UUID as a stream id, which came back as a 500.
public sealed class EmptyDisputeId(ApiFixture<EmptyDisputeId> api) : IClassFixture<ApiFixture<EmptyDisputeId>>
{
    [Fact]
    public async Task Given_the_empty_uuid_in_the_path_When_acting_Then_404_problem()
    {
        var response = await DisputeApi.Post(api.CreateClient(), $"/disputes/{Guid.Empty}/messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Hello." });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Given_the_empty_uuid_as_the_new_dispute_id_When_opening_Then_400_on_disputeId()
    {
        var response = await api.CreateClient().PostDispute(Requests.OpenDispute().With("disputeId", Guid.Empty.ToString()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Json()).FieldErrors("disputeId").Should().NotBeEmpty();
    }
}
