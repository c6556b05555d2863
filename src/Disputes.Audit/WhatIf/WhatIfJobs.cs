using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Disputes.Audit.WhatIf;

// The background what-if runs of this instance. One runs at a time, so a run's cost beside live traffic stays one
// connection and one core; the last finished runs are kept for their reports.
public sealed class WhatIfJobs(IDocumentStore store, IClock clock, IHostApplicationLifetime lifetime, ILogger<WhatIfJobs> logger)
{
    private const int FinishedKept = 20;

    private readonly ConcurrentDictionary<Guid, WhatIfJob> jobs = new();
    private readonly Lock gate = new();
    private WhatIfJob? running;

    // Null when another run is still going.
    public WhatIfJob? Start(WhatIfRequest request, string startedBy)
    {
        WhatIfJob job;
        lock (gate)
        {
            if (running is { Status: WhatIfStatus.Running })
                return null;
            var now = clock.GetCurrentInstant();
            job = new WhatIfJob(Guid.CreateVersion7(), request, startedBy, now, now);
            running = job;
            jobs[job.Id] = job;
            Forget();
        }

        _ = Task.Run(() => Execute(job));
        return job;
    }

    public WhatIfJob? Find(Guid id) => jobs.GetValueOrDefault(id);

    public WhatIfJob? Running => running is { Status: WhatIfStatus.Running } r ? r : null;

    private async Task Execute(WhatIfJob job)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation, lifetime.ApplicationStopping);
        try
        {
            var report = await WhatIfRunner.Run(store, job.Request, job.AsOf, job.Observe, job.Advance, linked.Token);
            job.Complete(report, clock.GetCurrentInstant());
            logger.LogInformation("What-if run {RunId} by {StartedBy} replayed {Replayed} disputes; {Diverged} diverge",
                job.Id, job.StartedBy, report.Disputes, report.Diverged);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            job.Stop(WhatIfStatus.Cancelled, null, clock.GetCurrentInstant());
        }
        catch (Exception e)
        {
            logger.LogError(e, "What-if run {RunId} failed", job.Id);
            job.Stop(WhatIfStatus.Failed, e.GetType().Name + ": " + e.Message, clock.GetCurrentInstant());
        }
    }

    private void Forget()
    {
        foreach (var old in jobs.Values.Where(j => j.Status != WhatIfStatus.Running).OrderByDescending(j => j.StartedAt).Skip(FinishedKept))
            jobs.TryRemove(old.Id, out _);
    }
}
