using NodaTime;

namespace Disputes.Domain;

// Where a running clock counts from and how long it runs (DeadlineRule.Basis): the two inputs its due instant adds up,
// so a reader can redo the sum. WorkingTime: Length is working time in the policy's mediation calendar, not elapsed time.
// Extended: the extensions granted on this run of the clock, elapsed time added after the policy's length.
public sealed record ClockBasis(Instant From, Duration Length, bool WorkingTime, string FromWhat, Duration Extended = default)
{
    public Instant DueAt(DisputePolicy p) => (WorkingTime ? p.Calendar.AddWorkingTime(From, Length) : From + Length) + Extended;
}
