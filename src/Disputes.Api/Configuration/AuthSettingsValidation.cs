using System.Text;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Configuration;

// "Disputes:Auth": a short shared secret is a guessable one; HS256 needs at least 256 bits.
public sealed class AuthSettings
{
    public const string Section = "Disputes:Auth";

    public string? Issuer { get; set; }
    public string? Audience { get; set; }
    public string? SigningKey { get; set; }
}

public sealed class AuthSettingsValidation : IValidateOptions<AuthSettings>
{
    public ValidateOptionsResult Validate(string? name, AuthSettings o)
    {
        var errors = new SettingErrors(AuthSettings.Section);
        // The key's value is a secret: the message gives its length, never the key.
        errors.Require(string.IsNullOrEmpty(o.SigningKey) || Encoding.UTF8.GetByteCount(o.SigningKey) >= 32,
            nameof(o.SigningKey), $"must be at least 32 bytes (was {Encoding.UTF8.GetByteCount(o.SigningKey ?? "")}).");
        return errors.Result;
    }
}
