using NodaTime;

namespace Disputes.Hosting.Workers;

// What a worker does in one run of its loop (WorkerLoop does the rest): claim what is due under a lease, SKIP LOCKED
// keeping instances off each other's claims, and work it off. A run that throws is retried after MaxIdle; work is
// never lost, because a row leaves its table only with its work done and a claim ends with its lease.
public interface ILeasedWorker
{
    // Everything due now. `stopping` means take no new claims: finish what already runs, hand back what has not started.
    Task WorkAsync(CancellationToken stopping);

    // When something may next be due here: the earliest due instant or lease end (null: nothing known). Asked after
    // every run, also when idle, so it is not traced.
    Task<Instant?> NextWakeAsync(CancellationToken ct);
}
