using System.Text.Json.Serialization;
using Disputes.Domain;
using Disputes.Projections.Views;
using NodaTime;

namespace Disputes.Audit.WhatIf;

// A run as the API and the verb show it: its request, progress, and (when completed) the report and the first
// diverged disputes; GET …/disputes has every kept one as CSV.
public sealed record WhatIfRunView(
    Guid Id,
    WhatIfStatus Status,
    string StartedBy,
    Instant StartedAt,
    Instant? FinishedAt,
    Instant AsOf,
    WhatIfRequest Request,
    WhatIfProgress Progress,
    WhatIfReportView? Report,
    string? Error,
    IReadOnlyList<DisputeDivergenceView> FirstDivergences)
{
    public const int DivergencesShown = 100;

    public static WhatIfRunView From(WhatIfJob job) => new(
        job.Id, job.Status, job.StartedBy, job.StartedAt, job.FinishedAt, job.AsOf, job.Request, job.Progress,
        job.Report is { } r ? WhatIfReportView.From(r) : null, job.Error,
        job.Diverged().Take(DivergencesShown).Select(DisputeDivergenceView.From).ToList());
}

public sealed record WhatIfReportView(
    long Disputes,
    long Diverged,
    long Unreplayable,
    long UnknownAfterDivergence,
    IReadOnlyDictionary<DivergenceKind, long> DivergencesByKind,
    IReadOnlyList<OutcomeChange> OutcomeChanges,
    IReadOnlyList<RefundTotals> RefundsByCurrency,
    BeforeAfter Escalations,
    BeforeAfter SlaBreaches,
    BeforeAfter DecidedByClock,
    ResolutionTimesView ResolutionBefore,
    ResolutionTimesView ResolutionAfter,
    IReadOnlyList<WorkingDayLoad> MediatorWorkload)
{
    public static WhatIfReportView From(WhatIfReport r) => new(
        r.Disputes, r.Diverged, r.Unreplayable, r.UnknownAfterDivergence, r.DivergencesByKind, r.OutcomeChanges, r.RefundsByCurrency,
        r.Escalations, r.SlaBreaches, r.DecidedByClock, ResolutionTimesView.From(r.ResolutionBefore), ResolutionTimesView.From(r.ResolutionAfter),
        r.MediatorWorkload);
}

// Durations as ISO-8601, like every other duration of the API.
public sealed record ResolutionTimesView(
    long Closed,
    [property: JsonConverter(typeof(IsoDurationConverter))] Duration? P50,
    [property: JsonConverter(typeof(IsoDurationConverter))] Duration? P90)
{
    public static ResolutionTimesView From(ResolutionTimes t) => new(t.Closed, t.P50, t.P90);
}

// One diverged (or unreplayable) dispute: where and how, and what it amounted to before and after.
public sealed record DisputeDivergenceView(
    Guid DisputeId,
    DisputeReason Reason,
    string SellerId,
    Instant OpenedAt,
    DivergenceKind? Kind,
    long? Version,
    string? EventType,
    Instant? At,
    string Message,
    IReadOnlyList<string> Instead,
    string StoredOutcome,
    string CandidateOutcome,
    MoneyView StoredRefund,
    MoneyView CandidateRefund)
{
    public static DisputeDivergenceView From(DisputeWhatIf r) => new(
        r.DisputeId, r.Reason, r.SellerId, r.OpenedAt, r.Divergence?.Kind, r.Divergence?.Version, r.Divergence?.EventType, r.Divergence?.At,
        r.Divergence?.Message ?? r.Unreplayable ?? "", r.Divergence?.Instead ?? [],
        r.Stored.Standing, r.CandidateKnown ? r.Candidate.Standing : "Unknown",
        MoneyView.From(r.Stored.RefundGranted), MoneyView.From(r.Candidate.RefundGranted));
}
