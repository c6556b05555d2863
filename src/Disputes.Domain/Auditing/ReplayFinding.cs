namespace Disputes.Domain;

// The first place a stored history departs from today's rules. Versions are stream versions (the first event is 1).
// Version is where the stored events differ; CommandVersion the event the replayed command started at (the same
// event unless a consequence differs). Expected are the event types today's rules decide, Stored the ones stored there.
public sealed record ReplayFinding(
    long Version,
    long CommandVersion,
    DriftKind Kind,
    string EventType,
    IDisputeCommand? Command,
    string Rule,
    string Message,
    IReadOnlyList<string> Expected,
    IReadOnlyList<string> Stored)
{
    public const string ConsequenceMismatchRule = "consequence-mismatch";
    public const string NoCommandRule = "no-command-starts-here";
    public const string ReplayFailedRule = "replay-threw";
}
