using Disputes.Hosting.Auth;
using Microsoft.Extensions.Options;

namespace Disputes.Api.WebConsole;

// GET /console/settings — how the console signs people in; public, since the sign-in page needs it before any token.
public sealed record ConsoleSettingsView(OidcSettingsView? Oidc, bool DevelopmentSignIn, IReadOnlyList<string> Roles);

public sealed record OidcSettingsView(string Authority, string ClientId, string Scope);

public static class ConsoleSettingsEndpoint
{
    public static void MapConsoleSettings(this RouteGroupBuilder group) =>
        group.MapGet("/settings", (IOptions<ConsoleOptions> options) =>
            {
                var o = options.Value;
                return TypedResults.Ok(new ConsoleSettingsView(
                    o.Authority is { Length: > 0 } authority ? new OidcSettingsView(authority, o.ClientId!, o.Scope) : null,
                    o.DevelopmentSignIn == true,
                    [Roles.Mediator, Roles.Auditor, Roles.Admin]));
            })
            .WithName("GetConsoleSettings")
            .WithSummary("The web console's sign-in settings: the OpenID Connect authority and client id, and whether the development sign-in is on");
}
