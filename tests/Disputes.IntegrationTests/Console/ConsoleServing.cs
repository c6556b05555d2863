using System.Net;
using Disputes.Api.Configuration;
using Disputes.Api.WebConsole;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Disputes.IntegrationTests.Console;

// The console's files come from the API assembly itself, with a policy that lets no inline or foreign script run;
// the production sign-in is OpenID Connect, whose provider the API then trusts.
public sealed class ConsoleServing(ApiFixture<ConsoleServing> api) : IClassFixture<ApiFixture<ConsoleServing>>
{
    [Fact]
    public async Task The_console_is_served_at_its_path_with_a_strict_content_security_policy()
    {
        var client = api.CreateClient(new() { AllowAutoRedirect = false });

        var bare = await client.GetAsync("/console");
        bare.StatusCode.Should().Be(HttpStatusCode.Redirect);
        bare.Headers.Location!.ToString().Should().Be("/console/");

        var page = await client.GetAsync("/console/");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self'").And.Contain("default-src 'none'").And.NotContain("unsafe");
        (await page.Content.ReadAsStringAsync()).Should().Contain("<script type=\"module\" src=\"app.js\"></script>");

        var module = await client.GetAsync("/console/app.js");
        module.StatusCode.Should().Be(HttpStatusCode.OK);
        module.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await client.GetAsync("/console/no-such-file.js")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_openid_provider_When_configured_Then_the_console_offers_it_and_the_api_trusts_its_tokens()
    {
        using var oidc = new TestHost(new TestHostOptions(api.Schema)
        {
            Settings = new Dictionary<string, string?>
            {
                ["Disputes:Console:Authority"] = "https://login.example.com/realms/market",
                ["Disputes:Console:ClientId"] = "disputes-console",
                ["Disputes:Auth:Authority"] = "https://login.example.com/realms/market",
                ["Disputes:Auth:RoleClaim"] = "roles",
            },
        });
        var client = oidc.CreateClient();

        var settings = await client.GetJson("/console/settings");
        settings["oidc"]!["authority"]!.GetValue<string>().Should().Be("https://login.example.com/realms/market");
        settings["oidc"]!["clientId"]!.GetValue<string>().Should().Be("disputes-console");
        settings["oidc"]!["scope"]!.GetValue<string>().Should().Be("openid profile");
        var page = await client.GetAsync("/console/");
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("connect-src 'self' https://login.example.com");

        var bearer = oidc.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        bearer.Authority.Should().Be("https://login.example.com/realms/market");
        bearer.RequireHttpsMetadata.Should().BeTrue();
        bearer.TokenValidationParameters.RoleClaimType.Should().Be("roles");
        bearer.TokenValidationParameters.NameClaimType.Should().Be("sub");
    }

    [Fact]
    public void An_authority_must_be_https_unless_local_and_needs_a_client_id()
    {
        var validation = new ConsoleOptionsValidation(new ProductionLike(), Options.Create(new AuthSettings()));

        validation.Validate(null, new ConsoleOptions { Authority = "http://login.example.com", ClientId = "c", DevelopmentSignIn = false }).FailureMessage
            .Should().Contain("Disputes:Console:Authority must be an absolute https URL");
        validation.Validate(null, new ConsoleOptions { Authority = "https://login.example.com", DevelopmentSignIn = false }).FailureMessage
            .Should().Contain("Disputes:Console:ClientId is required");
        validation.Validate(null, new ConsoleOptions { Authority = "http://127.0.0.1:8080", ClientId = "c", DevelopmentSignIn = false }).Succeeded.Should().BeTrue();
        new AuthSettingsValidation().Validate(null, new AuthSettings { Authority = "https://login.example.com" }).FailureMessage
            .Should().Contain("Disputes:Auth:Audience is required when Disputes:Auth:Authority is set");
    }

    private sealed class ProductionLike : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "Disputes.Api";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
