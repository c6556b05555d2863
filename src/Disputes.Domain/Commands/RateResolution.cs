namespace Disputes.Domain;

// A party's verdict on how its closed dispute was handled: 1 (very dissatisfied) to 5 (very satisfied).
public sealed record RateResolution(
    Guid DisputeId,
    int Score,
    string? Comment,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RateResolution;
}
