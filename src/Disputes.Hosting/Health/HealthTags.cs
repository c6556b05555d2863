namespace Disputes.Hosting.Health;

// Which health endpoint a module's check answers on (the host maps them): ready for what an instance needs to serve
// traffic, projections for the shared async daemon, which monitoring watches but no orchestrator should act on.
public static class HealthTags
{
    public const string Ready = "ready";
    public const string Projections = "projections";
}
