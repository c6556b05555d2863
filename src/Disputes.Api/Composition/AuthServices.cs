using System.Text;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Workers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Disputes.Api.Composition;

public static class AuthServices
{
    // Standard JWT bearer. Keys come from "Authentication:Schemes:Bearer" (what `dotnet user-jwts` writes)
    // and/or "Disputes:Auth" (Issuer, Audience, SigningKey: a shared HS256 secret for service tokens).
    public static IServiceCollection AddDisputesAuth(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration>((options, config) =>
            {
                // Keep claim names as issued ("sub", "role") instead of the legacy SOAP URIs.
                options.MapInboundClaims = false;
                var validation = options.TokenValidationParameters;
                validation.NameClaimType = "sub";
                var auth = config.GetSection("Disputes:Auth");
                validation.RoleClaimType = auth["RoleClaim"] is { Length: > 0 } roleClaim ? roleClaim : "role";
                // An OpenID Connect provider (the console's production sign-in): its discovery document gives the
                // issuer and the signing keys, refreshed as it rotates them.
                if (auth["Authority"] is { Length: > 0 } authority)
                {
                    options.Authority = authority;
                    options.RequireHttpsMetadata = authority.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
                }
                if (auth["Issuer"] is { Length: > 0 } issuer)
                    validation.ValidIssuers = [.. validation.ValidIssuers ?? [], issuer];
                if (auth["Audience"] is { Length: > 0 } audience)
                    validation.ValidAudiences = [.. validation.ValidAudiences ?? [], audience];
                if (auth["SigningKey"] is { Length: > 0 } key)
                    validation.IssuerSigningKeys = [.. validation.IssuerSigningKeys ?? [], new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))];
            });
        services.AddAuthorization(AuthPolicies.Add);
        return services;
    }
}
