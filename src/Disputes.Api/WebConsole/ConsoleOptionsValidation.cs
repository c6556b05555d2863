using Disputes.Api.Configuration;
using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.Api.WebConsole;

// The local sign-in mints tokens with the shared key: anywhere but a developer's machine it would let anyone be anyone.
public sealed class ConsoleOptionsValidation(IHostEnvironment environment, IOptions<AuthSettings> auth) : IValidateOptions<ConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsoleOptions o)
    {
        var errors = new SettingErrors(ConsoleOptions.Section);
        errors.Require(string.IsNullOrEmpty(o.Authority) || AuthorityUrls.IsAccepted(o.Authority), nameof(o.Authority),
            $"must be an absolute https URL (http only for localhost) (was '{o.Authority}').");
        errors.Require(string.IsNullOrEmpty(o.Authority) || !string.IsNullOrWhiteSpace(o.ClientId), nameof(o.ClientId),
            "is required when Disputes:Console:Authority is set.");
        errors.Require(!string.IsNullOrWhiteSpace(o.Scope) && o.Scope.Split(' ').Contains("openid"), nameof(o.Scope),
            $"must include openid (was '{o.Scope}').");
        if (o.DevelopmentSignIn == true)
        {
            errors.Require(environment.IsDevelopment(), nameof(o.DevelopmentSignIn),
                $"may only be true in the Development environment (this is {environment.EnvironmentName}).");
            var a = auth.Value;
            errors.Require(!string.IsNullOrEmpty(a.SigningKey) && !string.IsNullOrEmpty(a.Issuer) && !string.IsNullOrEmpty(a.Audience),
                nameof(o.DevelopmentSignIn), "needs Disputes:Auth:Issuer, Audience and SigningKey to sign its tokens with.");
        }
        return errors.Result;
    }
}
