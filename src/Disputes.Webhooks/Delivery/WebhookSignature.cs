using System.Security.Cryptography;
using System.Text;

namespace Disputes.Webhooks.Delivery;

// Disputes-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>. The timestamp is signed with
// the body, so a receiver that rejects old timestamps also rejects replays of a captured request.
public static class WebhookSignature
{
    public const string Header = "Disputes-Signature";
    public const string Scheme = "v1";

    public static string HeaderValue(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        $"t={timestamp},{Scheme}={Compute(secret, timestamp, body)}";

    public static string Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
