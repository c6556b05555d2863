
namespace Disputes.Statistics.Facts;

// A sum across disputes in minor units: a JSON integer that may exceed 2^53 (and even 2^63), so a JavaScript client
// must read it with a big-number parser rather than JSON.parse to keep it exact.
public sealed record MoneyTotalView(Int128 Amount, string Currency)
{
    public static MoneyTotalView From(MoneyTotal total) => new(total.Amount, total.Currency);
}
