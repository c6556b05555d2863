using NodaTime;

namespace Disputes.Domain;

public sealed record OpenEvidenceRequest(Party From, string Description, Instant RequestedAt);
