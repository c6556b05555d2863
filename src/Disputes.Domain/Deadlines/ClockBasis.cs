using NodaTime;

namespace Disputes.Domain;

// Where a running clock counts from and how long it runs (DeadlineRule.Basis): the two inputs its due instant adds up,
// so a reader can redo the sum. WorkingTime: Length is working time in the policy's mediation calendar, not elapsed time.
public sealed record ClockBasis(Instant From, Duration Length, bool WorkingTime, string FromWhat)
{
    public Instant DueAt(DisputePolicy p) => WorkingTime ? p.Calendar.AddWorkingTime(From, Length) : From + Length;
}
