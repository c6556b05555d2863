namespace Disputes.Audit.Checkpoints;

// Signed checkpoints, under the auditors' routes: taking one on demand, listing, downloading, checking one.
public static class CheckpointEndpoints
{
    public static RouteGroupBuilder MapCheckpoints(this RouteGroupBuilder audit)
    {
        audit.MapTakeCheckpoint();
        audit.MapListCheckpoints();
        audit.MapGetCheckpoint();
        audit.MapVerifyCheckpoint();
        return audit;
    }
}
