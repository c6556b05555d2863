using System.Security.Claims;

namespace Disputes.Hosting.Auth;

public static class CallerClaims
{
    // The token's subject: the mediator's id for mediators, the calling service for storefronts.
    public static string Subject(this ClaimsPrincipal user) =>
        user.FindFirstValue("sub") ?? user.Identity?.Name ?? "anonymous";
}
