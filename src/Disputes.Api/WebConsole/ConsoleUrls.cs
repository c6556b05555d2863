namespace Disputes.Api.WebConsole;

public static class ConsoleUrls
{
    public const string Root = "/console";

    public static string? Origin(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
}
