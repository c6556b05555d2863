using Disputes.Domain;

namespace Disputes.Projections.Views;

// Money on the wire: minor units of an ISO 4217 currency, independent of the domain's Money type.
public sealed record MoneyView(long Amount, string Currency)
{
    public static MoneyView From(Money money) => new(money.Amount, money.Currency);
}
