namespace Disputes.Domain;

// An intention; Decide turns it into events or a refusal. By is checked against the dispute's parties.
public interface IDisputeCommand
{
    Guid DisputeId { get; }
    Actor By { get; }
    DisputeAction Action { get; }
}
