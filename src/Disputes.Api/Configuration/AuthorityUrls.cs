namespace Disputes.Api.Configuration;

public static class AuthorityUrls
{
    // Tokens travel to and from an OpenID Connect authority: plain http only where nothing leaves the machine.
    public static bool IsAccepted(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && string.IsNullOrEmpty(uri.UserInfo);
}
