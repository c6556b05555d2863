using NodaTime;

namespace Disputes.Domain;

// The seller, or the platform at the buyer's request, extends the buyer's protection on the order (AliExpress's
// "extend purchase protection"): a buyer who withdraws to wait for a late parcel may still dispute it afterwards.
// The new end, not an amount to add, so a retry is a repeat rather than a second extension.
public sealed record ExtendProtection(
    Guid DisputeId,
    Instant Until,
    string Reason,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ExtendProtection;
}
