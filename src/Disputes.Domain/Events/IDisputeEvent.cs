using NodaTime;

namespace Disputes.Domain;

// Every fact names its dispute, who caused it and when; the type name is the wire format (rename only with an alias).
public interface IDisputeEvent
{
    Guid DisputeId { get; }
    Actor By { get; }
    Instant At { get; }
}
