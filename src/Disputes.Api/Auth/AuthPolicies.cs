using Microsoft.AspNetCore.Authorization;

namespace Disputes.Api.Auth;

// Which roles reach which group of endpoints. Whether a storefront may act for a given buyer or seller,
// or a mediator on a given case, is the domain's call (the acting party is checked against the dispute).
public static class AuthPolicies
{
    public const string Storefront = "storefront";
    public const string Mediation = "mediation";
    public const string Supervision = "supervision";
    public const string Audit = "audit";
    public const string Read = "read";
    public const string Operations = "operations";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Storefront, p => p.RequireRole(Roles.Storefront));
        options.AddPolicy(Mediation, p => p.RequireRole(Roles.Mediator));
        // Assigning cases and retrying refunds is operations work: mediators and admins.
        options.AddPolicy(Supervision, p => p.RequireRole(Roles.Mediator, Roles.Admin));
        options.AddPolicy(Audit, p => p.RequireRole(Roles.Auditor, Roles.Admin));
        options.AddPolicy(Operations, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Read, p => p.RequireRole(Roles.Storefront, Roles.Mediator, Roles.Auditor, Roles.Admin));
    }
}
