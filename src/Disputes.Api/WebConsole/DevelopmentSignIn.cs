using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using Disputes.Api.Configuration;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Disputes.Api.WebConsole;

// POST /console/development-sign-in — Development only: a bearer token for any subject and role, signed with
// Disputes:Auth:SigningKey, carrying exactly the claims ("sub", "role") an identity provider's token must carry.
public sealed record DevelopmentSignInBody(string? Subject, string? Role);

public sealed record DevelopmentToken(string AccessToken, string TokenType, int ExpiresIn, string Subject, string Role);

public static partial class DevelopmentSignInEndpoint
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);
    private static readonly string[] Roles = [Hosting.Auth.Roles.Mediator, Hosting.Auth.Roles.Auditor, Hosting.Auth.Roles.Admin, Hosting.Auth.Roles.Storefront];

    public static void MapDevelopmentSignIn(this RouteGroupBuilder group) =>
        group.MapPost("/development-sign-in", Handle)
            .WithName("DevelopmentSignIn")
            .WithSummary("Development only: a bearer token for a chosen subject and role (absent from this document outside Development)")
            .WithDescription("Signed with Disputes:Auth:SigningKey for Disputes:Auth:Issuer and Audience; the same claims an OpenID Connect provider's token carries (sub, role). Served only when Disputes:Console:DevelopmentSignIn is on, which the app refuses outside Development.")
            .ProducesValidationProblem();

    public static Results<Ok<DevelopmentToken>, ProblemHttpResult> Handle(DevelopmentSignInBody? body, IOptions<AuthSettings> auth)
    {
        var errors = new RequestErrors();
        errors.Required("subject", body?.Subject);
        errors.Required("role", body?.Role);
        if (body?.Subject is { } subject && !SubjectPattern().IsMatch(subject))
            errors.Add("subject", "subject must be 1 to 64 letters, digits or . _ @ -");
        if (body?.Role is { } role && !Roles.Contains(role))
            errors.Add("role", $"role must be one of {string.Join(", ", Roles)}.");
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));

        var settings = auth.Value;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", body!.Subject!), new Claim("role", body.Role!)]),
            Expires = DateTime.UtcNow.Add(Lifetime),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!)), SecurityAlgorithms.HmacSha256),
        });
        return TypedResults.Ok(new DevelopmentToken(token, "Bearer", (int)Lifetime.TotalSeconds, body.Subject!, body.Role!));
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex SubjectPattern();
}
