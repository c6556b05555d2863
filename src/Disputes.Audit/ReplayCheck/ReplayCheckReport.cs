
namespace Disputes.Audit.ReplayCheck;

// Totals of one replay-check run. Findings keeps the first ReplayCheckRunner.MaxFindingsKept drifted streams, so
// a rule change that drifts every stream cannot fill memory; the onFinding callback sees every one.
public sealed record ReplayCheckReport(long Streams, long Events, long Clean, long Drifted, IReadOnlyList<ReplayCheckFinding> Findings)
{
    public bool FindingsTruncated => Drifted > Findings.Count;

    public string Summary() =>
        $"replay-check: {Streams} streams, {Events} events: {Clean} clean, {Drifted} drifted"
        + (FindingsTruncated ? $" (first {Findings.Count} findings kept)" : "");
}
