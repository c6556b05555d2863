namespace Disputes.Domain;

// Rejecting an offer hands the case to a mediator.
public sealed record RejectOffer(
    Guid DisputeId,
    string Reason,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RejectOffer;
}
