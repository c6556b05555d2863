using NodaTime;

namespace Disputes.Domain;

// The aggregate answer to "what would this policy change have done": how many disputes diverge and how, and the
// figures a marketplace weighs a change by, before (as stored) and after (under the candidate). After a divergence
// only what the candidate's consequence settled at once is known; such disputes are counted as Unknown, never
// guessed.
public sealed record WhatIfReport(
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
    ResolutionTimes ResolutionBefore,
    ResolutionTimes ResolutionAfter,
    IReadOnlyList<WorkingDayLoad> MediatorWorkload);

// Disputes of one reason whose outcome would change: From as stored, To under the candidate — an outcome when
// closed, else the status it stands in, or Unknown when the divergence left it to the parties.
public sealed record OutcomeChange(DisputeReason Reason, string From, string To, long Disputes);

// Minor units granted to buyers (refunded plus the attempt in flight).
public sealed record RefundTotals(string Currency, long Before, long After);

public sealed record BeforeAfter(long Before, long After);

// Time from opening to closing of the disputes that closed (Closed), with its median and 90th percentile.
public sealed record ResolutionTimes(long Closed, Duration? P50, Duration? P90);

// Escalations (cases for the mediators) by the working day of the mediation calendar they arrived on.
public sealed record WorkingDayLoad(LocalDate Day, long Before, long After);
