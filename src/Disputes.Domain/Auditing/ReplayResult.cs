namespace Disputes.Domain;

// Clean when Finding is null. Replayed holds the commands read back from the history up to the finding, in order,
// so an auditor can see what the stream implies was asked for.
public sealed record ReplayResult(IReadOnlyList<IDisputeCommand> Replayed, ReplayFinding? Finding)
{
    public bool IsClean => Finding is null;
}
