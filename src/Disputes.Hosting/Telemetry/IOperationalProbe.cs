
namespace Disputes.Hosting.Telemetry;

// A gauge that has to read the database. Observable-gauge callbacks run on the exporter's thread and must not
// block on I/O, so each probe owns its instruments, reports its last sample from them, and OperationalSampler
// refreshes every probe on Disputes:Telemetry:SampleInterval. Register one with AddOperationalProbe<T>().
public interface IOperationalProbe
{
    Task SampleAsync(CancellationToken ct);
}
