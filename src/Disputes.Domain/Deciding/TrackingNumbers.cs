using System.Text.RegularExpressions;

namespace Disputes.Domain;

// The formats of the carriers we know, so a mistyped tracking number is refused while the parcel can still be found.
// An unknown carrier's number is taken as given (one line, like any reference). UPU S10 numbers (two letters, nine
// digits, the country) are how postal parcels travel, including DHL's mail services.
public static partial class TrackingNumbers
{
    private static readonly Dictionary<string, (Regex Format, string Example)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UPS"] = (Ups(), "1Z999AA10123456784"),
        ["FedEx"] = (FedEx(), "123456789012"),
        ["USPS"] = (Usps(), "9400100000000000000000"),
        ["DHL"] = (Dhl(), "1234567890"),
        ["RoyalMail"] = (RoyalMail(), "AB123456789GB"),
    };

    public static IReadOnlyCollection<string> Carriers => Known.Keys;

    // Null when the number may be right; otherwise why not, with an example of the carrier's format.
    public static string? Problem(string carrier, string trackingNumber)
    {
        if (!Known.TryGetValue(carrier.Trim().Replace(" ", ""), out var known))
            return null;
        return known.Format.IsMatch(trackingNumber.Trim().Replace(" ", "").ToUpperInvariant())
            ? null
            : $"'{trackingNumber}' is not a {carrier} tracking number (e.g. {known.Example}).";
    }

    [GeneratedRegex(@"^1Z[0-9A-Z]{16}$")]
    private static partial Regex Ups();

    [GeneratedRegex(@"^(\d{12}|\d{15}|\d{20})$")]
    private static partial Regex FedEx();

    [GeneratedRegex(@"^(\d{20,22}|[A-Z]{2}\d{9}US)$")]
    private static partial Regex Usps();

    [GeneratedRegex(@"^(\d{10,11}|JD\d{16,18}|[A-Z]{2}\d{9}[A-Z]{2})$")]
    private static partial Regex Dhl();

    [GeneratedRegex(@"^[A-Z]{2}\d{9}GB$")]
    private static partial Regex RoyalMail();
}
