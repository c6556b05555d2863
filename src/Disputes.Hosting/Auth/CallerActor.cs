using System.Security.Claims;
using Disputes.Domain;

namespace Disputes.Hosting.Auth;

public static class CallerActor
{
    // A mediator acts as themself: the token's subject is the mediator id the domain checks assignments against.
    public static Actor AsMediator(this ClaimsPrincipal user) => Actor.Mediator(user.Subject());

    // Supervision (assigning, retrying refunds) is done by a mediator, or by an admin on the platform's behalf.
    // The same order as AuthPolicies.Supervision's roles, so the role recorded as the caller's is the one acted on.
    public static Actor AsSupervisor(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Mediator) ? user.AsMediator() : Actor.Platform(user.Subject());
}
