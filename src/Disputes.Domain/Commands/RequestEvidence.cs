namespace Disputes.Domain;

public sealed record RequestEvidence(
    Guid DisputeId,
    Party From,
    string Description,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RequestEvidence;

    // The kinds asked for; none is a request any item answers.
    public IReadOnlyList<RequiredEvidence> Required { get; init; } = [];
}
