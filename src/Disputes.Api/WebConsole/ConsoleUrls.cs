namespace Disputes.Api.WebConsole;

public static class ConsoleUrls
{
    public const string Root = "/console";

    // Tokens travel to and from the authority: plain http only where nothing leaves the machine.
    public static bool IsAcceptedAuthority(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && string.IsNullOrEmpty(uri.UserInfo);

    public static string? Origin(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
}
