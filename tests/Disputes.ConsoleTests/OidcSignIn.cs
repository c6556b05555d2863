using System.Web;
using Disputes.IntegrationTests;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Disputes.ConsoleTests;

// The production sign-in without a provider on the network: the browser's requests to the authority are answered by
// the test (discovery, the authorization redirect back with a code, the token endpoint). What is checked is the console's
// side of OpenID Connect: PKCE and state on the way out, the code exchange on the way back, and the API then called
// with the provider's token.
public sealed class OidcSignIn(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Authority = "https://login.example.test/realms/market";

    private readonly ConsoleHost host = new("console_oidc", new Dictionary<string, string?>
    {
        ["Disputes:Console:Authority"] = Authority,
        ["Disputes:Console:ClientId"] = "disputes-console",
        ["Disputes:Console:DevelopmentSignIn"] = "false",
    });

    private Browser browser = null!;

    public async Task InitializeAsync()
    {
        await host.Start();
        browser = await Browser.Launch();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Signing_in_goes_to_the_authority_with_pkce_and_comes_back_with_a_token_the_api_accepts()
    {
        var page = await browser.NewPage();
        var cors = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = host.BaseUrl, ["Content-Type"] = "application/json" };
        Uri? authorize = null;
        string? tokenRequest = null;
        await page.Context.RouteAsync("https://login.example.test/**", async route =>
        {
            var url = new Uri(route.Request.Url);
            switch (url.AbsolutePath)
            {
                case "/realms/market/.well-known/openid-configuration":
                    await route.FulfillAsync(new() { Status = 200, Headers = cors, Body = $$"""{"issuer":"{{Authority}}","authorization_endpoint":"{{Authority}}/auth","token_endpoint":"{{Authority}}/token"}""" });
                    break;
                case "/realms/market/auth":
                    authorize = url;
                    var query = HttpUtility.ParseQueryString(url.Query);
                    await route.FulfillAsync(new() { Status = 302, Headers = new Dictionary<string, string> { ["Location"] = $"{query["redirect_uri"]}?code=the-code&state={query["state"]}" } });
                    break;
                case "/realms/market/token":
                    tokenRequest = route.Request.PostData;
                    await route.FulfillAsync(new() { Status = 200, Headers = cors, Body = $$"""{"access_token":"{{TestTokens.For("mediator-oidc", "mediator")}}","token_type":"Bearer","expires_in":300}""" });
                    break;
                default:
                    await route.AbortAsync();
                    break;
            }
        });

        await page.GotoAsync(host.BaseUrl + "/console/");
        await Expect(page.GetByLabel("Role")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with login.example.test" }).ClickAsync();
        await Expect(page.Locator("#who")).ToContainTextAsync("mediator-oidc");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work" })).ToBeVisibleAsync();

        var sent = HttpUtility.ParseQueryString(authorize!.Query);
        sent["response_type"].Should().Be("code");
        sent["client_id"].Should().Be("disputes-console");
        sent["scope"].Should().Be("openid profile");
        sent["code_challenge_method"].Should().Be("S256");
        sent["code_challenge"].Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        sent["redirect_uri"].Should().Be(host.BaseUrl + "/console/");
        var exchanged = HttpUtility.ParseQueryString(tokenRequest!);
        exchanged["grant_type"].Should().Be("authorization_code");
        exchanged["code"].Should().Be("the-code");
        exchanged["code_verifier"].Should().MatchRegex("^[A-Za-z0-9_-]{43,128}$");
        page.Url.Should().NotContain("code=", "the code is taken out of the address bar");
        output.WriteLine($"screenshot: {await Screenshots.Save(page, "13-signed-in-with-oidc")}");
    }
}
