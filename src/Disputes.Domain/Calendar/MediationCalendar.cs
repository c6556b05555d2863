using NodaTime;

namespace Disputes.Domain;

// TEMPORARY placeholder until the pure branch lands.
public sealed record MediationCalendar(string TimeZoneId, LocalTime DayStart, LocalTime DayEnd)
{
    public static MediationCalendar Default { get; } = new("Europe/Moscow", new LocalTime(7, 0), new LocalTime(1, 0));
    public Instant AddWorkingTime(Instant start, Duration workingTime) => start + workingTime;
}
