using System.Globalization;
using Disputes.Api.Commands;
using NodaTime;
using NodaTime.Text;

namespace Disputes.Api.Audit;

// Query strings are bound as text and parsed here, so "version=abc" is a field error naming version
// instead of a framework binding failure.
public static class QueryValues
{
    public static long? WholeNumber(string? raw, string field, RequestErrors errors, long min, long max)
    {
        if (raw is null)
            return null;
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors.Add(field, $"{field} must be a whole number from {min} to {max}.");
        return null;
    }

    public static Instant? Moment(string? raw, string field, RequestErrors errors)
    {
        if (raw is null)
            return null;
        if (InstantPattern.ExtendedIso.Parse(raw) is { Success: true } parsed)
            return parsed.Value;
        errors.Add(field, $"{field} must be an ISO-8601 UTC instant such as 2026-11-25T10:00:00Z.");
        return null;
    }
}
