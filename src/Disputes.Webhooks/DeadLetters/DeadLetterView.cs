using NodaTime;

namespace Disputes.Webhooks.DeadLetters;

// A notification that used up its attempts. It holds back the later notifications of its subscription and
// dispute (waitingBehind) until it is redelivered, so a receiver never sees them out of order.
public sealed record DeadLetterView(
    Guid Id,
    Guid SubscriptionId,
    Guid DisputeId,
    Guid EventId,
    string EventType,
    long Version,
    long Sequence,
    int Attempts,
    Instant? LastAttemptAt,
    int? LastStatus,
    string? LastError,
    Instant DeadAt,
    long WaitingBehind);

// Next: the cursor for the following page (pass it as after), null on the last page.
public sealed record DeadLetterPage(IReadOnlyList<DeadLetterView> Items, string? Next);
