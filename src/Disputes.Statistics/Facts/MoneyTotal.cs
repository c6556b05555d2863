using Disputes.Domain;

namespace Disputes.Statistics.Facts;

// Money summed across disputes. One dispute's amounts are bounded by its policy (below 2^53 minor units), but a
// seller's refunds add up without bound, and a long overflows after about a thousand refunds at the largest
// bound; an exception here would stop the async daemon for every seller and day. A 128-bit integer holds 10^22
// such refunds, so it cannot overflow in practice; it stays exact (no rounding, unlike double or decimal scaling)
// and is written as a plain JSON number. The addition is checked, to fail loudly rather than wrap if it ever did.
public sealed record MoneyTotal(Int128 Amount, string Currency)
{
    public MoneyTotal Add(Money money) =>
        string.Equals(money.Currency, Currency, StringComparison.Ordinal)
            ? this with { Amount = checked(Amount + money.Amount) }
            : throw new CurrencyMismatchException(Currency, money.Currency);
}
