using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Api.Configuration;
using Disputes.Api.WebConsole;
using Disputes.Hosting.Settings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Disputes.IntegrationTests.Console;

// The console's local sign-in: tokens the API accepts like any other, only in Development, and documented only where served.
public sealed class DevelopmentSignIn(ApiFixture<DevelopmentSignIn> api) : IClassFixture<ApiFixture<DevelopmentSignIn>>
{
    private static async Task<HttpResponseMessage> SignIn(HttpClient client, object body) =>
        await client.PostAsJsonAsync("/console/development-sign-in", body);

    private static async Task<bool> Documented(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!["paths"]!.AsObject().ContainsKey("/console/development-sign-in");

    [Fact]
    public async Task Given_development_When_a_mediator_signs_in_Then_the_token_calls_the_mediator_api_as_that_subject()
    {
        var anonymous = api.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var token = await DisputeApi.Ok(SignIn(anonymous, new { subject = "mediator-dev", role = "mediator" }));

        token["tokenType"]!.GetValue<string>().Should().Be("Bearer");
        var mediator = api.CreateClient();
        mediator.DefaultRequestHeaders.Authorization = new("Bearer", token["accessToken"]!.GetValue<string>());
        (await mediator.GetAsync("/mediation/queue")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await mediator.GetAsync("/statistics/daily")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a mediator token is not an auditor's");
        (await Documented(anonymous)).Should().BeTrue();
    }

    [Fact]
    public async Task Given_an_unknown_role_or_a_bad_subject_When_signing_in_Then_400_with_field_errors()
    {
        var problem = await (await SignIn(api.CreateClient(), new { subject = "<script>", role = "superuser" })).Json();

        problem["status"]!.GetValue<int>().Should().Be(400);
        problem.FieldErrors("subject").Should().NotBeEmpty();
        problem.FieldErrors("role").Should().ContainSingle().Which.Should().Contain("mediator");
    }

    [Fact]
    public async Task Given_the_sign_in_turned_off_When_called_Then_it_is_neither_served_nor_documented()
    {
        using var off = new TestHost(new TestHostOptions(api.Schema) { Settings = new Dictionary<string, string?> { ["Disputes:Console:DevelopmentSignIn"] = "false" } });
        var client = off.CreateClient();

        (await SignIn(client, new { subject = "mediator-dev", role = "mediator" })).StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        (await Documented(client)).Should().BeFalse();
        (await client.GetJson("/console/settings"))["developmentSignIn"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task Given_development_without_a_key_to_sign_with_When_started_Then_the_app_serves_without_the_sign_in()
    {
        using var keyless = new TestHost(new TestHostOptions(api.Schema) { Settings = new Dictionary<string, string?> { ["Disputes:Auth:SigningKey"] = "" } });
        var client = keyless.CreateClient();

        (await client.GetJson("/console/settings"))["developmentSignIn"]!.GetValue<bool>().Should().BeFalse();
        (await Documented(client)).Should().BeFalse();
    }

    [Fact]
    public void Outside_development_the_sign_in_is_refused_at_start_up_and_it_needs_a_signing_key()
    {
        var production = new ConsoleOptionsValidation(new Environment("Production"), Options.Create(new AuthSettings { Issuer = "i", Audience = "a", SigningKey = new string('k', 32) }));
        production.Validate(null, new ConsoleOptions { DevelopmentSignIn = true }).FailureMessage
            .Should().Contain("Disputes:Console:DevelopmentSignIn may only be true in the Development environment (this is Production).");
        production.Validate(null, new ConsoleOptions { DevelopmentSignIn = false }).Succeeded.Should().BeTrue();

        var keyless = new ConsoleOptionsValidation(new Environment("Development"), Options.Create(new AuthSettings()));
        keyless.Validate(null, new ConsoleOptions { DevelopmentSignIn = true }).FailureMessage.Should().Contain("Disputes:Auth:Issuer, Audience and SigningKey");
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Disputes.Api";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
