using Disputes.Domain;
using Disputes.Hosting.Requests;

namespace Disputes.Api.Http;

// Where a returned item goes and who pays for its postage; the prepaid label is the storefront's reference to one.
public sealed record ReturnTermsInput(string? Address, Party? ShippingPaidBy, string? PrepaidLabel = null)
{
    public void Validate(RequestErrors errors, string field)
    {
        errors.Required($"{field}.address", Address);
        errors.Required($"{field}.shippingPaidBy", ShippingPaidBy);
    }

    public ReturnTerms ToTerms() => new(Address!, ShippingPaidBy!.Value, PrepaidLabel);
}
