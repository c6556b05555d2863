namespace Disputes.Domain;

// Collects every problem with a command's input, so a client fixes them all in one round trip.
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
            errors[field] = list = [];
        list.Add(message);
    }

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(field, $"{field} is required.");
        else
            Optional(field, value, maxLength);
    }

    public void Optional(string field, string? value, int maxLength)
    {
        if (value is null)
            return;
        if (value.Length > maxLength)
            Add(field, $"{field} must be at most {maxLength} characters.");
        if (HasControlCharacters(value))
            Add(field, $"{field} must not contain control characters.");
    }

    // Ids and references: one line, so a log line, a CSV export or a console row cannot be split or forged by one.
    public void RequiredLine(string field, string? value, int maxLength)
    {
        Required(field, value, maxLength);
        if (value is not null && value.Any(c => c is '\n' or '\r' or '\t'))
            Add(field, $"{field} must be one line, without line breaks or tabs.");
    }

    // Line breaks and tabs are text; other control characters (NUL above all, ANSI escapes) are not, and
    // PostgreSQL's jsonb refuses NUL outright.
    public static bool HasControlCharacters(string value) =>
        value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    // Every amount a client sends is checked against the bound of its currency before any arithmetic, so no sum
    // a dispute later forms (refunds add up to at most what was paid) can overflow.
    public void Money(string field, Money value, AmountLimits limits)
    {
        if (!Currency.TryFind(value.Currency, out _))
            Add($"{field}.currency", $"'{value.Currency}' is not an ISO 4217 currency code.");
        var max = limits.For(value.Currency);
        if (value.Amount <= 0 || value.Amount > max)
            Add($"{field}.amount", $"{field} must be from 1 to {max} minor units of {value.Currency}.");
    }

    public Refusal? ToRefusal() => errors.Count == 0
        ? null
        : new Refusal(RefusalKind.InvalidInput, "invalid-input", "The request has invalid fields.", [],
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
