namespace Disputes.Domain;

// TEMPORARY placeholder until the pure branch lands.
public readonly record struct Money(long Amount, string Currency)
{
    public static Money Zero(string currency) => new(0, currency);
    public bool IsPositive => Amount > 0;
    public bool IsZero => Amount == 0;
    public Money Add(Money other) { Same(other); return this with { Amount = checked(Amount + other.Amount) }; }
    public Money Subtract(Money other) { Same(other); return this with { Amount = checked(Amount - other.Amount) }; }
    public static Money operator +(Money a, Money b) => a.Add(b);
    public static Money operator -(Money a, Money b) => a.Subtract(b);
    public static bool operator <(Money a, Money b) { a.Same(b); return a.Amount < b.Amount; }
    public static bool operator >(Money a, Money b) { a.Same(b); return a.Amount > b.Amount; }
    public static bool operator <=(Money a, Money b) { a.Same(b); return a.Amount <= b.Amount; }
    public static bool operator >=(Money a, Money b) { a.Same(b); return a.Amount >= b.Amount; }
    private void Same(Money other) { if (other.Currency != Currency) throw new InvalidOperationException("currency mismatch"); }
}
