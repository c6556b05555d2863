using NodaTime;

namespace Disputes.Domain.Tests;

// Random inputs from a fixed seed; every assertion message carries the seed and the inputs.
public class MediationCalendarPropertyTests
{
    private const int Seed = 20261101;
    private const int Cases = 400;

    public static TheoryData<string> Calendars => new(CalendarsByName.Keys);

    private static readonly Dictionary<string, MediationCalendar> CalendarsByName = new()
    {
        ["moscow 07-01"] = MediationCalendar.Default,
        ["berlin 22-06"] = new("Europe/Berlin", new LocalTime(22, 0), new LocalTime(6, 0)),
        ["berlin 02:30-20 (gap edge)"] = new("Europe/Berlin", new LocalTime(2, 30), new LocalTime(20, 0)),
        // On 2026-03-29 the 02:30 end leniently becomes 03:30, after the next 03:10 start: windows must not overlap.
        ["berlin 03:10-02:30 (edges cross in the gap)"] = new("Europe/Berlin", new LocalTime(3, 10), new LocalTime(2, 30)),
        ["new york 24h"] = new("America/New_York", LocalTime.Midnight, LocalTime.Midnight),
        ["lord howe 01:45-01:15 (half-hour DST)"] = new("Australia/Lord_Howe", new LocalTime(1, 45), new LocalTime(1, 15)),
        ["new york weekdays 09-17"] = new("America/New_York", new LocalTime(9, 0), new LocalTime(17, 0))
        {
            WorkingDays = new HashSet<IsoDayOfWeek>
            {
                IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday,
                IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday,
            },
        },
    };

    [Theory]
    [MemberData(nameof(Calendars))]
    public void WorkingTimeBetween_undoes_AddWorkingTime(string name)
    {
        var calendar = CalendarsByName[name];
        var random = new Random(Seed);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomInstant(random);
            var workingTime = RandomDuration(random);
            var because = $"seed {Seed}, case {i}, {name}, start {start}, working time {workingTime}";

            var deadline = calendar.AddWorkingTime(start, workingTime);

            deadline.Should().BeGreaterThanOrEqualTo(start, because);
            calendar.WorkingTimeBetween(start, deadline).Should().Be(workingTime, because);
            calendar.WorkingTimeBetween(deadline, start).Should().Be(-workingTime, because);
            if (workingTime > Duration.Zero)
                calendar.IsWorkingTime(deadline - Duration.Epsilon).Should().BeTrue(because);
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Adding_in_two_steps_equals_adding_at_once(string name)
    {
        var calendar = CalendarsByName[name];
        var random = new Random(Seed);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomInstant(random);
            var first = RandomDuration(random);
            var second = RandomDuration(random);
            var because = $"seed {Seed}, case {i}, {name}, start {start}, steps {first} + {second}";

            calendar.AddWorkingTime(calendar.AddWorkingTime(start, first), second)
                .Should().Be(calendar.AddWorkingTime(start, first + second), because);
        }
    }

    // 2025–2028 covers several DST switches in every zone above.
    private static Instant RandomInstant(Random random) =>
        Instant.FromUtc(2025, 1, 1, 0, 0) + Duration.FromSeconds(random.NextInt64(0, 4L * 365 * 24 * 3600));

    // Mostly up to three weeks, with exact zeros and whole hours mixed in, since boundaries are where bugs hide.
    private static Duration RandomDuration(Random random) => random.Next(10) switch
    {
        0 => Duration.Zero,
        1 => Duration.FromHours(random.Next(1, 500)),
        _ => Duration.FromSeconds(random.NextInt64(1, 21L * 24 * 3600)),
    };
}
