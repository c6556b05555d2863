using System.Collections.Immutable;
using NodaTime;

namespace Disputes.Domain;

// Required is empty for a request that names no kinds (all requests before typed ones): any item answers it.
public sealed record OpenEvidenceRequest(Party From, string Description, Instant RequestedAt)
{
    public ImmutableList<RequestedEvidence> Required { get; init; } = [];

    // Answered once the requested party has given an item of every mandatory kind.
    public bool Answered => Required.All(r => !r.Mandatory || r.Satisfied);

    public OpenEvidenceRequest Counting(EvidenceItem item, Party? by) =>
        by == From ? this with { Required = [.. Required.Select(r => r.Kind == item.Kind ? r with { Satisfied = true } : r)] } : this;
}
