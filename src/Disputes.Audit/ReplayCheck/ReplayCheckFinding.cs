using Disputes.Domain;

namespace Disputes.Audit.ReplayCheck;

// One drifted stream: where (its stream version) today's rules part ways with what is stored, and why.
public sealed record ReplayCheckFinding(
    Guid StreamId,
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
    public override string ToString() =>
        $"{StreamId} v{Version} {EventType}: {Kind} [{Rule}] {Message}"
        + (Command is null ? "" : $"\n    command read back at v{CommandVersion}: {Command}")
        + $"\n    today's rules: [{string.Join(", ", Expected)}]; stored: [{string.Join(", ", Stored)}]";
}
