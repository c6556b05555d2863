using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Disputes.IntegrationTests;

// Bearer tokens as an identity provider would issue them, signed with the key the test host trusts.
public static class TestTokens
{
    public const string Issuer = "https://identity.test";
    public const string Audience = "disputes";
    public const string SigningKey = "integration-tests-signing-key-at-least-32-bytes-long";

    // Makes a test host trust the tokens this class issues.
    public static void Trust(IWebHostBuilder builder)
    {
        builder.UseSetting("Disputes:Auth:Issuer", Issuer);
        builder.UseSetting("Disputes:Auth:Audience", Audience);
        builder.UseSetting("Disputes:Auth:SigningKey", SigningKey);
    }

    public static void Authorize(HttpClient client, string subject, params string[] roles) =>
        client.DefaultRequestHeaders.Authorization = roles.Length == 0 ? null : new("Bearer", For(subject, roles));

    // A client of any test host (TestHost, or one derived with WithWebHostBuilder) calling with its own token.
    public static HttpClient ClientAs(this WebApplicationFactory<Program> app, string subject, params string[] roles)
    {
        var client = app.CreateClient();
        Authorize(client, subject, roles);
        return client;
    }

    public static string For(string subject, params string[] roles)
    {
        var claims = new List<Claim> { new("sub", subject) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
