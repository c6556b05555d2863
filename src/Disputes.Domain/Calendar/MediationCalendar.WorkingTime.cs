using NodaTime;
using NodaTime.TimeZones;

namespace Disputes.Domain;

public sealed partial record MediationCalendar
{
    // Zero working time is "nothing left to wait for", so the start comes back unchanged even outside a
    // window; any positive amount starts counting at the next window start.
    public Instant AddWorkingTime(Instant start, Duration workingTime)
    {
        if (workingTime < Duration.Zero)
            throw new ArgumentOutOfRangeException(nameof(workingTime), workingTime, "Working time cannot be negative.");
        if (workingTime == Duration.Zero)
            return start;

        var remaining = workingTime;
        foreach (var window in WindowsFrom(start))
        {
            var from = Instant.Max(window.Start, start);
            var available = window.End - from;
            // "<=" so that a deadline landing exactly on a window end is that end, not the next window start.
            if (remaining <= available)
                return from + remaining;
            remaining -= available;
        }

        throw new InvalidOperationException("Unreachable: the window sequence is infinite.");
    }

    // Antisymmetric, so "to" before "from" gives how much working time is overdue as a negative value.
    public Duration WorkingTimeBetween(Instant from, Instant to)
    {
        if (to < from)
            return -WorkingTimeBetween(to, from);

        var total = Duration.Zero;
        foreach (var window in WindowsFrom(from))
        {
            if (window.Start >= to)
                break;
            total += Instant.Min(window.End, to) - Instant.Max(window.Start, from);
        }

        return total;
    }

    public bool IsWorkingTime(Instant instant)
    {
        var next = WindowsFrom(instant).First();
        return next.Start <= instant;
    }

    // The window containing the instant if any, else the next one.
    public WorkingWindow CurrentOrNextWindow(Instant instant) => WindowsFrom(instant).First();

    // Windows that end after "from", in order, never overlapping. The Instant.Max clamp matters only
    // for a boundary inside a DST gap, where the lenient resolver can push a start past an earlier end.
    private IEnumerable<WorkingWindow> WindowsFrom(Instant from)
    {
        // Two days back: the window that contains "from" may have started on the previous local date.
        var date = from.InZone(zone).Date.PlusDays(-2);
        var previousEnd = Instant.MinValue;
        while (true)
        {
            if (WorkingDays.Contains(date.DayOfWeek))
            {
                var start = Instant.Max(ToInstant(date.At(DayStart)), previousEnd);
                var endDate = DayEnd > DayStart ? date : date.PlusDays(1);
                var end = ToInstant(endDate.At(DayEnd));
                if (end > start)
                {
                    previousEnd = end;
                    if (end > from)
                        yield return new WorkingWindow(start, end);
                }
            }

            date = date.PlusDays(1);
        }
    }

    // Lenient: a wall time skipped by spring-forward moves forward by the gap, an ambiguous one takes
    // the earlier occurrence, so a window keeps its wall-clock edges and simply elapses 23h/25h-style.
    private Instant ToInstant(LocalDateTime local) => zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
}
