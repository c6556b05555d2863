using System.Security.Claims;

namespace Disputes.Api.Mediation;

// Who the calling mediator is: the token's subject. Until authentication lands the query string may say;
// once it does, drop the fallback (one line) so nobody can read another mediator's queue by naming them.
public static class CurrentMediator
{
    public static string? Id(HttpContext context, string? claimedId) =>
        context.User.FindFirstValue("sub") ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? claimedId;
}
