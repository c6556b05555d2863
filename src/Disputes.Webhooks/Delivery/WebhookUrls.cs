
namespace Disputes.Webhooks.Delivery;

public static class WebhookUrls
{
    // Absolute http(s), with a host and without credentials: user:password@ would be stored, listed and logged.
    public static bool IsHttpUrl(string raw) =>
        Uri.TryCreate(raw, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0
        && uri.Fragment.Length == 0;

    public static string DisputeLink(string? publicBaseUrl, Guid disputeId) =>
        $"{publicBaseUrl?.TrimEnd('/')}/disputes/{disputeId}";
}
