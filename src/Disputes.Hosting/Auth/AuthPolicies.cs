using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Disputes.Hosting.Auth;

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
    public const string PartyPreferences = "party-preferences";

    // In order of preference: a token with several admitted roles acts (and is recorded) under the first.
    private static readonly Dictionary<string, string[]> RolesOf = new()
    {
        [Storefront] = [Roles.Storefront],
        [Mediation] = [Roles.Mediator],
        // Assigning cases and retrying refunds is operations work: mediators and admins.
        [Supervision] = [Roles.Mediator, Roles.Admin],
        [Audit] = [Roles.Auditor, Roles.Admin],
        [Operations] = [Roles.Admin],
        // The storefront speaks for its buyers and sellers; admins for anyone.
        [PartyPreferences] = [Roles.Storefront, Roles.Admin],
        [Read] = [Roles.Storefront, Roles.Mediator, Roles.Auditor, Roles.Admin],
    };

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesOf)
            options.AddPolicy(policy, p => p.RequireRole(roles));
    }

    // The role an authorized caller was admitted under by the endpoint's policy.
    public static string? RoleUsed(ClaimsPrincipal user, string? policy) =>
        policy is not null && RolesOf.TryGetValue(policy, out var roles) ? roles.FirstOrDefault(user.IsInRole) : null;
}
