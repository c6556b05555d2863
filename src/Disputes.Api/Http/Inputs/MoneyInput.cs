using Disputes.Domain;
using Disputes.Hosting.Requests;

namespace Disputes.Api.Http;

// Money as a client sends it; both parts are required, and what they mean (a known currency, a positive
// amount) is the domain's to judge.
public sealed record MoneyInput(long? Amount, string? Currency)
{
    public void Validate(RequestErrors errors, string field)
    {
        errors.Required($"{field}.amount", Amount);
        errors.Required($"{field}.currency", Currency);
    }

    public Money ToMoney() => new(Amount!.Value, Currency!);
}
