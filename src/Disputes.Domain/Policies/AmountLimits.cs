using System.Text.Json.Serialization;

namespace Disputes.Domain;

// The largest amount, in minor units, a dispute may be about: one bound for every currency and, where a currency's
// minor unit is worth far more or less than usual, a bound of its own. Part of the policy because it is a business
// rule of the dispute: recorded when the dispute opens, so replays and audits apply the bound of that day.
//
// The default, 10^15 minor units, is generous for real commerce (10 trillion US dollars; 10 million dollars even in
// Iranian rials) and below 2^53, the largest integer a JavaScript client (JSON.parse) reads exactly; no bound may
// exceed 2^53 - 1. Everything a dispute adds up (refunds, never more than was paid) then stays far from the range
// of a long. Overrides are Money values rather than a dictionary, so the currency codes are stored as written
// (the JSON dictionary key policy would camel-case "USD" into "usd").
public sealed record AmountLimits
{
    public const long DefaultMax = 1_000_000_000_000_000;
    public const long LargestBound = (1L << 53) - 1;

    public static AmountLimits Default { get; } = new();

    public long AllCurrencies { get; init; } = DefaultMax;

    public IReadOnlyList<Money> ByCurrency { get; init; } = [];

    public long For(string currency)
    {
        foreach (var bound in ByCurrency)
            if (string.Equals(bound.Currency, currency, StringComparison.Ordinal))
                return bound.Amount;
        return AllCurrencies;
    }

    // The largest bound of any currency: what a schema can promise without naming the currency. Derived, so not stored.
    [JsonIgnore]
    public long Largest => ByCurrency.Select(b => b.Amount).Append(AllCurrencies).Max();

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (AllCurrencies is < 1 or > LargestBound)
            problems.Add($"MaxAmount must be between 1 and {LargestBound} minor units (was {AllCurrencies}).");
        foreach (var bound in ByCurrency)
        {
            if (!Currency.TryFind(bound.Currency, out _))
                problems.Add($"MaxAmountByCurrency:{bound.Currency} is not an ISO 4217 currency code (upper case, e.g. JPY).");
            if (bound.Amount is < 1 or > LargestBound)
                problems.Add($"MaxAmountByCurrency:{bound.Currency} must be between 1 and {LargestBound} minor units (was {bound.Amount}).");
        }
        foreach (var duplicate in ByCurrency.GroupBy(b => b.Currency, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"MaxAmountByCurrency:{duplicate.Key} is given more than once.");
        return problems;
    }

    // By content, in any order: a policy read back from an event equals the one it was written from.
    public bool Equals(AmountLimits? other) =>
        other is not null && AllCurrencies == other.AllCurrencies && ByCurrency.Count == other.ByCurrency.Count && ByCurrency.All(b => other.ByCurrency.Contains(b));

    public override int GetHashCode() => HashCode.Combine(AllCurrencies, ByCurrency.Count);
}
