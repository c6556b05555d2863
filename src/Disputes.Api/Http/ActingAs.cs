using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Http;

public enum ActingParty { Buyer, Seller, Platform }

// Who the storefront acts for in this request: the buyer or seller of the dispute (checked against it by
// the domain: a wrong id is a 403), or the platform itself (payment backend, carrier tracking).
public sealed record ActingAs(ActingParty? Party, string? Id)
{
    public void Validate(RequestErrors errors, string field = "actingAs")
    {
        errors.Required($"{field}.party", Party);
        if (string.IsNullOrWhiteSpace(Id))
            errors.Add($"{field}.id", $"{field}.id is required.");
    }

    public Actor ToActor() => Party switch
    {
        ActingParty.Buyer => Actor.Buyer(Id!),
        ActingParty.Seller => Actor.Seller(Id!),
        ActingParty.Platform => Actor.Platform(Id!),
        _ => throw new InvalidOperationException("Validated before use."),
    };
}
