using System.Globalization;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using NodaTime;
using NodaTime.Text;

namespace Disputes.Hosting.Http;

// Query strings arrive as text and are parsed here, so a bad value is a field error in a 400 rather than a
// binding exception without a field name.
public static class QueryParameters
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static TEnum? Enum<TEnum>(RequestErrors errors, string field, string? raw) where TEnum : struct, Enum
    {
        if (raw is null)
            return null;
        // Names only: "3" is not a status, however Enum.TryParse feels about it.
        if (raw.Length > 0 && raw.All(char.IsAsciiLetter) && System.Enum.TryParse<TEnum>(raw, ignoreCase: true, out var value))
            return value;
        errors.Add(field, $"{field} must be one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return null;
    }

    public static Instant? Instant(RequestErrors errors, string field, string? raw)
    {
        if (raw is null)
            return null;
        var parsed = InstantPattern.ExtendedIso.Parse(raw);
        if (parsed.Success)
            return parsed.Value;
        errors.Add(field, $"{field} must be an ISO-8601 UTC instant such as 2026-11-25T10:00:00Z.");
        return null;
    }

    public static LocalDate? Date(RequestErrors errors, string field, string? raw)
    {
        if (raw is null)
            return null;
        var parsed = LocalDatePattern.Iso.Parse(raw);
        if (parsed.Success)
            return parsed.Value;
        errors.Add(field, $"{field} must be an ISO-8601 date such as 2026-11-25.");
        return null;
    }

    public static bool? Bool(RequestErrors errors, string field, string? raw)
    {
        if (raw is null)
            return null;
        if (bool.TryParse(raw, out var value))
            return value;
        errors.Add(field, $"{field} must be true or false.");
        return null;
    }

    public static long? WholeNumber(RequestErrors errors, string field, string? raw, long min, long max)
    {
        if (raw is null)
            return null;
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors.Add(field, $"{field} must be a whole number from {min} to {max}.");
        return null;
    }

    public static int Limit(RequestErrors errors, string? raw, int max = MaxLimit, int fallback = DefaultLimit) =>
        (int)(WholeNumber(errors, "limit", raw, 1, max) ?? fallback);

    public static string? Text(RequestErrors errors, string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        if (raw.Any(char.IsControl))
        {
            errors.Add(field, $"{field} must not contain control characters.");
            return null;
        }
        return raw;
    }
}
