namespace Disputes.Api.Limits;

// Disputes:Limits:* — what one request and one client may send. The body limit fits the largest legitimate body
// (a claim rejection with 50 evidence items is ~30 KB) with room to spare; the rate is a backstop against a
// runaway client, per token subject (or per IP address without a valid token), not a quota.
public sealed class LimitOptions
{
    public const string Section = "Disputes:Limits";

    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    // Sustained requests per second per client; 0 turns rate limiting off.
    public int PermitsPerSecond { get; set; } = 1000;

    // Requests a client may send at once before the sustained rate applies.
    public int Burst { get; set; } = 2000;
}
