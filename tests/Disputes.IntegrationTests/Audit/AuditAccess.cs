using System.Net;

namespace Disputes.IntegrationTests.Audit;

public sealed class AuditAccess(ApiFixture<AuditAccess> api) : IClassFixture<ApiFixture<AuditAccess>>, IAsyncLifetime
{
    private static readonly Guid Id = Guid.Parse("0199a300-0000-7000-8000-000000000001");

    public static TheoryData<string> Endpoints => new()
    {
        $"/audit/disputes/{Id}/events",
        $"/audit/disputes/{Id}/state?version=1",
        $"/audit/disputes/{Id}/digest",
        $"/audit/disputes/{Id}/verification",
        "/audit/events",
        "/audit/verification",
        "/audit/checkpoints",
    };

    public async Task InitializeAsync()
    {
        if ((await api.CreateClient().GetAsync($"/disputes/{Id}")).StatusCode == HttpStatusCode.NotFound)
            await AuditScenario.Open(api, Id, "open-access", "corr-access");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_an_auditor_or_admin_When_auditing_Then_200(string url)
    {
        (await api.ClientAs("auditor-1", "auditor").GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.ClientAs("admin-1", "admin").GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_a_storefront_or_mediator_token_When_auditing_Then_403(string url)
    {
        (await api.CreateClient().GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.ClientAs("mediator-1", "mediator").GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_no_token_When_auditing_Then_401(string url) =>
        (await api.ClientAs("x").GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData("/audit/disputes/{0}/events?fromVersion=0", "fromVersion")]
    [InlineData("/audit/disputes/{0}/events?fromVersion=abc", "fromVersion")]
    [InlineData("/audit/disputes/{0}/events?limit=0", "limit")]
    [InlineData("/audit/disputes/{0}/events?limit=1001", "limit")]
    [InlineData("/audit/disputes/{0}/state", "at")]
    [InlineData("/audit/disputes/{0}/state?at=2026-11-20T10:00:00Z&version=1", "version")]
    [InlineData("/audit/disputes/{0}/state?at=next%20tuesday", "at")]
    [InlineData("/audit/disputes/{0}/state?at=2026-11-20", "at")]
    [InlineData("/audit/disputes/{0}/state?version=0", "version")]
    [InlineData("/audit/disputes/{0}/state?version=-1", "version")]
    [InlineData("/audit/disputes/{0}/state?version=99999999999999999999", "version")]
    [InlineData("/audit/disputes/{0}/digest?version=x", "version")]
    [InlineData("/audit/events?after=-1", "after")]
    [InlineData("/audit/events?after=1.5", "after")]
    [InlineData("/audit/events?limit=0", "limit")]
    [InlineData("/audit/events?limit=1001", "limit")]
    [InlineData("/audit/checkpoints?before=yesterday", "before")]
    [InlineData("/audit/checkpoints?limit=101", "limit")]
    public async Task Given_a_bad_query_value_When_auditing_Then_400_names_the_field(string url, string field)
    {
        var response = await api.ClientAs("auditor-1", "auditor").GetAsync(string.Format(url, Id));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Json();
        problem["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/invalid-input");
        problem.FieldErrors(field).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("/audit/disputes/{disputeId}/events", new[] { "200", "400", "401", "403", "404" })]
    [InlineData("/audit/disputes/{disputeId}/state", new[] { "200", "400", "401", "403", "404" })]
    [InlineData("/audit/disputes/{disputeId}/digest", new[] { "200", "400", "401", "403", "404" })]
    [InlineData("/audit/disputes/{disputeId}/verification", new[] { "200", "401", "403", "404" })]
    [InlineData("/audit/events", new[] { "200", "400", "401", "403" })]
    [InlineData("/audit/verification", new[] { "200", "401", "403" })]
    [InlineData("/audit/checkpoints", new[] { "200", "400", "401", "403" })]
    [InlineData("/audit/checkpoints/{checkpointId}", new[] { "200", "401", "403", "404" })]
    public async Task The_openapi_document_declares_the_audit_responses(string path, string[] statuses)
    {
        var document = await (await api.CreateClient().GetAsync("/openapi/v1.json")).Json();

        var operation = document["paths"]![path]!["get"]!;
        operation["summary"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(statuses);
    }
}
