using NodaTime;

namespace Disputes.Domain;

public sealed record MessagePosted(
    Guid DisputeId,
    Guid MessageId,
    string Text,
    Actor By,
    Instant At) : IDisputeEvent;
