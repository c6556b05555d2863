using NodaTime;

namespace Disputes.Domain;

// One stretch of working time, half-open: Start is inside, End is not.
public readonly record struct WorkingWindow(Instant Start, Instant End)
{
    public Duration Length => End - Start;

    public bool Contains(Instant instant) => Start <= instant && instant < End;
}
