using System.Text;
using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Configuration;

// "Disputes:Auth": a short shared secret is a guessable one; HS256 needs at least 256 bits.
public sealed class AuthSettings
{
    public const string Section = "Disputes:Auth";

    public string? Issuer { get; set; }
    public string? Audience { get; set; }
    public string? SigningKey { get; set; }

    // An OpenID Connect provider whose tokens are accepted (keys and issuer from its discovery document).
    public string? Authority { get; set; }

    // The claim holding the caller's roles in the provider's tokens ("role" by default; e.g. "roles" or "groups").
    public string RoleClaim { get; set; } = "role";
}

public sealed class AuthSettingsValidation : IValidateOptions<AuthSettings>
{
    public ValidateOptionsResult Validate(string? name, AuthSettings o)
    {
        var errors = new SettingErrors(AuthSettings.Section);
        // The key's value is a secret: the message gives its length, never the key.
        errors.Require(string.IsNullOrEmpty(o.SigningKey) || Encoding.UTF8.GetByteCount(o.SigningKey) >= 32,
            nameof(o.SigningKey), $"must be at least 32 bytes (was {Encoding.UTF8.GetByteCount(o.SigningKey ?? "")}).");
        errors.Require(string.IsNullOrEmpty(o.Authority) || AuthorityUrls.IsAccepted(o.Authority), nameof(o.Authority),
            $"must be an absolute https URL (http only for localhost) (was '{o.Authority}').");
        errors.Require(string.IsNullOrEmpty(o.Authority) || !string.IsNullOrEmpty(o.Audience), nameof(o.Audience),
            "is required when Disputes:Auth:Authority is set: the provider issues tokens for many audiences.");
        errors.Require(!string.IsNullOrWhiteSpace(o.RoleClaim), nameof(o.RoleClaim), "must name a claim.");
        return errors.Result;
    }
}
