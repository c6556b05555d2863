using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Disputes.Domain;

public sealed record Currency(string Code, int MinorUnits)
{
    private static readonly FrozenDictionary<string, Currency> ByCode =
        Iso4217.Active.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    public static IReadOnlyCollection<Currency> All { get; } = Iso4217.Active;

    // Case-sensitive on purpose: ISO codes are upper case on the wire, and accepting "eur" here
    // would let two spellings of one currency into event streams.
    public static bool TryFind(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        if (code is null)
        {
            currency = null;
            return false;
        }

        return ByCode.TryGetValue(code, out currency);
    }

    public override string ToString() => Code;
}
