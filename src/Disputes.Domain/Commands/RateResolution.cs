namespace Disputes.Domain;

// A party's verdict on how its closed dispute was handled: 1 (very dissatisfied) to 5 (very satisfied).
public sealed record RateResolution(
    Guid DisputeId,
    int Score,
    string? Comment,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RateResolution;

    // What is stored: a blank comment is no comment, so a retry with "" or none is the same rating.
    public string? StoredComment => string.IsNullOrWhiteSpace(Comment) ? null : Comment;
}
