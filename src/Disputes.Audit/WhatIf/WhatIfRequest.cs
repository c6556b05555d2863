using Disputes.Domain;
using Disputes.Hosting.Requests;
using NodaTime;

namespace Disputes.Audit.WhatIf;

// A what-if run: the candidate change (Disputes:Policy keys; blank ones keep each dispute's own value) and which
// stored disputes to replay (opened in [openedFrom, openedTo), of a reason, of a seller; all when unset).
public sealed record WhatIfRequest(PolicySettings? Candidate, Instant? OpenedFrom, Instant? OpenedTo, DisputeReason? Reason, string? SellerId)
{
    public const int MaxSellerIdLength = 200;

    public void Validate(RequestErrors errors)
    {
        // Over the default policy, so a candidate that could never form a valid policy is refused before it runs.
        if (errors.Required("candidate", Candidate))
        {
            try
            {
                DisputePolicy.FromSettings(Candidate, DisputePolicy.Default);
            }
            catch (PolicyConfigurationException e)
            {
                errors.Add(e.Key is { } key ? $"candidate.{char.ToLowerInvariant(key[0])}{key[1..]}" : "candidate", e.Reason ?? e.Message);
            }
        }

        if (OpenedFrom > OpenedTo)
            errors.Add("openedTo", "openedTo must not be before openedFrom.");
        if (SellerId is not null && (string.IsNullOrWhiteSpace(SellerId) || SellerId.Length > MaxSellerIdLength))
            errors.Add("sellerId", $"sellerId must be 1 to {MaxSellerIdLength} characters when given.");
    }

    public void ThrowIfInvalid()
    {
        var errors = new RequestErrors();
        Validate(errors);
        if (errors.Any)
            throw new RequestValidationException(errors.ToDictionary());
    }

    public bool Includes(DisputeOpened opened) =>
        (OpenedFrom is null || opened.At >= OpenedFrom)
        && (OpenedTo is null || opened.At < OpenedTo)
        && (Reason is null || opened.Reason == Reason)
        && (SellerId is null || opened.SellerId == SellerId);
}
