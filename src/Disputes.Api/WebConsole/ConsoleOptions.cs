namespace Disputes.Api.WebConsole;

// "Disputes:Console": the mediators' and auditors' web console at /console and how people sign in to it.
// Production: OpenID Connect (authorization code + PKCE) against Authority with ClientId; the API accepts that
// authority's tokens (Disputes:Auth:Authority). Development: a local sign-in that issues the same claims.
public sealed class ConsoleOptions
{
    public const string Section = "Disputes:Console";

    public bool Enabled { get; set; } = true;

    // OpenID Connect provider the console sends people to; unset: no OIDC sign-in is offered.
    public string? Authority { get; set; }

    // The console's public client id at that provider (no secret: a browser cannot keep one).
    public string? ClientId { get; set; }

    public string Scope { get; set; } = "openid profile";

    // null: on in Development when Disputes:Auth has a key, issuer and audience to sign with; off elsewhere. Refused outside Development.
    public bool? DevelopmentSignIn { get; set; }
}
