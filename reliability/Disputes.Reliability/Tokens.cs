using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Disputes.Reliability;

// HS256 service tokens minted by hand rather than with a JWT library, so the harness can also forge the
// tokens a library would refuse to make: alg "none", a wrong key, expired, not yet valid.
public sealed class Tokens(string issuer, string audience, string signingKey)
{
    public string For(string subject, string role) => Sign(Claims(subject, role, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1)), signingKey);

    public string Expired(string subject, string role) =>
        Sign(Claims(subject, role, DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddHours(-1)), signingKey);

    public string NotYetValid(string subject, string role) =>
        Sign(Claims(subject, role, DateTimeOffset.UtcNow.AddHours(1), DateTimeOffset.UtcNow.AddHours(2)), signingKey);

    public string WronglySigned(string subject, string role) =>
        Sign(Claims(subject, role, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1)), signingKey + "-but-not-quite");

    public string WrongAudience(string subject, string role)
    {
        var claims = Claims(subject, role, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1));
        claims["aud"] = "someone-else";
        return Sign(claims, signingKey);
    }

    public string AlgNone(string subject, string role) =>
        $"{Encode(new Dictionary<string, object> { ["alg"] = "none", ["typ"] = "JWT" })}." +
        $"{Encode(Claims(subject, role, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1)))}.";

    private Dictionary<string, object> Claims(string subject, string role, DateTimeOffset notBefore, DateTimeOffset expires) => new()
    {
        ["iss"] = issuer,
        ["aud"] = audience,
        ["sub"] = subject,
        ["role"] = role,
        ["nbf"] = notBefore.ToUnixTimeSeconds(),
        ["iat"] = notBefore.ToUnixTimeSeconds(),
        ["exp"] = expires.ToUnixTimeSeconds(),
    };

    private static string Sign(Dictionary<string, object> claims, string key)
    {
        var unsigned = $"{Encode(new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" })}.{Encode(claims)}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes(unsigned));
        return $"{unsigned}.{Base64Url(signature)}";
    }

    private static string Encode(Dictionary<string, object> value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
