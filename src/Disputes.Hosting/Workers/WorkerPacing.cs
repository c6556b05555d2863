using NodaTime;

namespace Disputes.Hosting.Workers;

// How long a worker's loop sleeps between runs: the one rule for every worker.
public static class WorkerPacing
{
    // After a run: until the next due instant or lease end it found, but never past MaxIdle (so another instance's work
    // is seen) and never under MinIdle (so a row that is due but claimed elsewhere cannot spin the loop). WakeAt is what
    // the worker plans: a commit due before it wakes the worker early.
    public static (Instant WakeAt, TimeSpan Sleep) Plan(Instant now, Instant? next, WorkerOptions options)
    {
        var latest = now + Duration.FromTimeSpan(options.MaxIdle);
        var wakeAt = next is { } due && due < latest ? due : latest;
        var sleep = (wakeAt - now).ToTimeSpan();
        return (wakeAt, sleep < options.MinIdle ? options.MinIdle : sleep);
    }

    // After a failed run (the database is likely away): as long as an idle sleep, so an outage costs one failing look
    // per MaxIdle, not a storm of them; a commit here still wakes it at once, which means the database is back.
    public static TimeSpan AfterFailure(WorkerOptions options) => options.MaxIdle;

    // Woken early, what is left of MinIdle since the last run began: under load commits poke far more often than a run
    // takes, so they are coalesced into at most one run per MinIdle (a poke meanwhile stays pending).
    public static TimeSpan Coalescing(TimeSpan sinceRunBegan, WorkerOptions options) =>
        sinceRunBegan < options.MinIdle ? options.MinIdle - sinceRunBegan : TimeSpan.Zero;
}
