using NodaTime;

namespace Disputes.Domain;

// What the seller found in the returned parcel; anything but AsDescribed goes to a mediator.
public sealed record ReturnReceiptRecorded(
    Guid DisputeId,
    ReceiptOutcome Outcome,
    string Note,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
