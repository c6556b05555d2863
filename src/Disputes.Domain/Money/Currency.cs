using System.Diagnostics.CodeAnalysis;

namespace Disputes.Domain;

// TEMPORARY placeholder until the pure branch lands.
public sealed record Currency(string Code, int MinorUnits)
{
    private static readonly Dictionary<string, Currency> Known = new[] { new Currency("EUR", 2), new Currency("USD", 2), new Currency("RUB", 2), new Currency("JPY", 0), new Currency("BHD", 3) }.ToDictionary(c => c.Code);
    public static IReadOnlyCollection<Currency> All => Known.Values;
    public static bool TryFind(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        currency = null;
        return code is not null && Known.TryGetValue(code, out currency);
    }
}
