namespace Disputes.Hosting.Workers;

// The settings every leased worker has, bound from its own section (Disputes:Scheduler, Disputes:Webhooks) beside the
// ones only it has. Each worker picks its own defaults: what a lease must outlast and how soon an idle instance must
// notice another one's work differ between them. WorkerOptionsValidation checks these.
public abstract class WorkerOptions(int parallelism, TimeSpan lease, TimeSpan maxIdle)
{
    // Off on instances that should only serve requests; the other instances do the work.
    public bool Enabled { get; set; } = true;

    // Claims worked at once per instance; the rest of the connection pool stays with live requests.
    public int Parallelism { get; set; } = parallelism;

    // How long a claim hides a row from the other instances. A claimer that dies loses its rows for this long, then
    // another instance takes them.
    public TimeSpan Lease { get; set; } = lease;

    // The longest an idle worker sleeps, and how long it waits after a failed run: how soon it sees what another
    // instance committed. A commit on this instance wakes it at once.
    public TimeSpan MaxIdle { get; set; } = maxIdle;

    // The shortest sleep, so a row that is due but claimed elsewhere cannot spin the loop, and the most often a
    // stream of commits can make it run.
    public TimeSpan MinIdle { get; set; } = TimeSpan.FromMilliseconds(50);
}
