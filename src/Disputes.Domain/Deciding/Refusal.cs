namespace Disputes.Domain;

// Rule is a stable, machine-readable name of the rule that refused (e.g. "refund-exceeds-amount-paid").
public sealed record Refusal(
    RefusalKind Kind,
    string Rule,
    string Message,
    IReadOnlyList<DisputeAction> AllowedActions,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null)
{
    public static Refusal Invalid(string field, string message) =>
        new(RefusalKind.InvalidInput, "invalid-input", message, [], new Dictionary<string, string[]> { [field] = [message] });

    public static Refusal Violated(string rule, string message) => new(RefusalKind.RuleViolated, rule, message, []);
}
