namespace Disputes.Domain;

// An admin moves a held case from its mediator to another (ToMediatorId), or back to the queue (null) for anyone
// eligible, e.g. when the mediator leaves or falls ill. Reason is required: the case changes hands without its holder.
public sealed record ReassignCase(
    Guid DisputeId,
    string? ToMediatorId,
    string Reason,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ReassignCase;
}
