using System.Globalization;
using System.Text.Json.Serialization;

namespace Disputes.Domain;

// Amount is in minor units (cents, fils, yen) so that no rounding ever happens inside the engine.
// The currency is a plain ISO code rather than a Currency so the struct serializes as
// {"amount":1234,"currency":"EUR"} and old events still load if the ISO table later drops a code.
public readonly record struct Money(long Amount, string Currency) : IComparable<Money>
{
    public static Money Zero(string currency) => new(0, currency);

    [JsonIgnore]
    public bool IsPositive => Amount > 0;

    [JsonIgnore]
    public bool IsZero => Amount == 0;

    [JsonIgnore]
    public bool IsNegative => Amount < 0;

    public Money Add(Money other) => new(checked(Amount + SameCurrency(other).Amount), Currency);

    public Money Subtract(Money other) => new(checked(Amount - SameCurrency(other).Amount), Currency);

    public Money Negate() => new(checked(-Amount), Currency);

    public int CompareTo(Money other) => Amount.CompareTo(SameCurrency(other).Amount);

    public static Money Sum(IEnumerable<Money> amounts, string currency)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = Zero(currency);
        foreach (var amount in amounts)
            total = total.Add(amount);
        return total;
    }

    public static Money operator +(Money left, Money right) => left.Add(right);
    public static Money operator -(Money left, Money right) => left.Subtract(right);
    public static Money operator -(Money value) => value.Negate();
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    // "12.34 EUR", "1000 JPY", "1.234 BHD"; a code missing from the ISO table prints raw minor units.
    public override string ToString()
    {
        var minorUnits = Domain.Currency.TryFind(Currency, out var currency) ? currency.MinorUnits : 0;
        var major = new decimal(Amount) / Pow10(minorUnits);
        return $"{major.ToString("F" + minorUnits, CultureInfo.InvariantCulture)} {Currency}";
    }

    private Money SameCurrency(Money other) =>
        string.Equals(Currency, other.Currency, StringComparison.Ordinal)
            ? other
            : throw new CurrencyMismatchException(Currency, other.Currency);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
            result *= 10;
        return result;
    }
}
