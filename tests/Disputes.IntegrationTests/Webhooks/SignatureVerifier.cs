using System.Security.Cryptography;
using System.Text;

namespace Disputes.IntegrationTests.Webhooks;

// What a receiver runs: the README's example, verbatim, so the documented check is the tested one.
public static class SignatureVerifier
{
    public static bool IsValid(string secret, string signatureHeader, byte[] body, DateTimeOffset now, TimeSpan tolerance)
    {
        // Disputes-Signature: t=1732550400,v1=5f2c…
        var parts = signatureHeader.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var t = parts.FirstOrDefault(p => p[0] == "t")?[1];
        if (!long.TryParse(t, out var timestamp) || (now - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > tolerance)
            return false; // missing, malformed, or outside the replay window

        var signed = Encoding.UTF8.GetBytes($"{t}.").Concat(body).ToArray();
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)));
        // Any v1 may match (more than one is allowed); compare in constant time.
        return parts.Where(p => p[0] == "v1").Any(p => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(p[1]), expected));
    }
}
