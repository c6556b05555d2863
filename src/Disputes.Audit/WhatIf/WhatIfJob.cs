using Disputes.Domain;
using NodaTime;

namespace Disputes.Audit.WhatIf;

public enum WhatIfStatus { Running, Completed, Cancelled, Failed }

// One run in the background on this instance: its progress while it reads, its report when done, and the diverged
// disputes (the first MaxKept, for the CSV). Runs live in memory: a restarted instance forgets them.
public sealed class WhatIfJob(Guid id, WhatIfRequest request, string startedBy, Instant startedAt, Instant asOf)
{
    public const int MaxKept = 10_000;

    private readonly CancellationTokenSource cancel = new();
    private readonly List<DisputeWhatIf> kept = [];
    private readonly Lock gate = new();

    public Guid Id { get; } = id;
    public WhatIfRequest Request { get; } = request;
    public string StartedBy { get; } = startedBy;
    public Instant StartedAt { get; } = startedAt;
    public Instant AsOf { get; } = asOf;
    public WhatIfStatus Status { get; private set; } = WhatIfStatus.Running;
    public WhatIfProgress Progress { get; private set; } = new(0, 0, 0);
    public WhatIfReport? Report { get; private set; }
    public string? Error { get; private set; }
    public Instant? FinishedAt { get; private set; }
    public CancellationToken Cancellation => cancel.Token;

    public IReadOnlyList<DisputeWhatIf> Diverged()
    {
        lock (gate)
            return kept.ToList();
    }

    public void Cancel() => cancel.Cancel();

    internal void Observe(DisputeWhatIf result)
    {
        if (!result.Diverged && result.Unreplayable is null)
            return;
        lock (gate)
            if (kept.Count < MaxKept)
                kept.Add(result);
    }

    internal void Advance(WhatIfProgress progress) => Progress = progress;

    internal void Complete(WhatIfReport report, Instant at) => (Report, Status, FinishedAt) = (report, WhatIfStatus.Completed, at);

    internal void Stop(WhatIfStatus status, string? error, Instant at) => (Status, Error, FinishedAt) = (status, error, at);
}
