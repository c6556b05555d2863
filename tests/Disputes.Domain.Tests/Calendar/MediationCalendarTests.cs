using NodaTime;

namespace Disputes.Domain.Tests;

public class MediationCalendarTests
{
    private static readonly MediationCalendar Moscow = MediationCalendar.Default;

    private static Instant Local(MediationCalendar calendar, int y, int mo, int d, int h, int mi = 0) =>
        new LocalDateTime(y, mo, d, h, mi).InZoneStrictly(calendar.Zone).ToInstant();

    [Fact]
    public void Default_is_Moscow_from_seven_to_one_every_day()
    {
        Moscow.TimeZoneId.Should().Be("Europe/Moscow");
        Moscow.DayStart.Should().Be(new LocalTime(7, 0));
        Moscow.DayEnd.Should().Be(new LocalTime(1, 0));
        Moscow.WorkingDays.Should().HaveCount(7);
        Moscow.NominalDayLength.Should().Be(Duration.FromHours(18));
    }

    [Theory]
    [InlineData(0, 30, 26, 0, 30)] // half an hour left in the window that started yesterday
    [InlineData(1, 0, 26, 1, 0)] // window just ended: counting starts at 07:00
    [InlineData(6, 59, 26, 1, 0)]
    [InlineData(7, 0, 26, 1, 0)] // exactly one full window
    [InlineData(23, 0, 26, 23, 0)] // two hours tonight, sixteen tomorrow
    public void GivenMoscowCalendar_WhenAddingEighteenHours_ThenOneFullWindowElapses(
        int startHour, int startMinute, int expectedDay, int expectedHour, int expectedMinute)
    {
        var start = Local(Moscow, 2026, 11, 25, startHour, startMinute);

        var deadline = Moscow.AddWorkingTime(start, Duration.FromHours(18));

        deadline.Should().Be(Local(Moscow, 2026, 11, expectedDay, expectedHour, expectedMinute));
        Moscow.WorkingTimeBetween(start, deadline).Should().Be(Duration.FromHours(18));
    }

    [Fact]
    public void GivenMoscowCalendar_WhenCheckingAroundTheNightBreak_ThenEndIsExclusiveAndStartInclusive()
    {
        var oneAm = Local(Moscow, 2026, 11, 25, 1);
        var sevenAm = Local(Moscow, 2026, 11, 25, 7);

        Moscow.IsWorkingTime(oneAm - Duration.Epsilon).Should().BeTrue();
        Moscow.IsWorkingTime(oneAm).Should().BeFalse();
        Moscow.IsWorkingTime(sevenAm - Duration.Epsilon).Should().BeFalse();
        Moscow.IsWorkingTime(sevenAm).Should().BeTrue();
        Moscow.IsWorkingTime(Local(Moscow, 2026, 11, 25, 0)).Should().BeTrue();
        Moscow.WorkingTimeBetween(oneAm, sevenAm).Should().Be(Duration.Zero);
    }

    [Fact]
    public void GivenZeroWorkingTime_WhenOutsideAWindow_ThenTheStartComesBackUnchanged()
    {
        var night = Local(Moscow, 2026, 11, 25, 3);

        Moscow.AddWorkingTime(night, Duration.Zero).Should().Be(night);
    }

    [Fact]
    public void GivenNegativeWorkingTime_WhenAdding_ThenItThrows()
    {
        FluentActions.Invoking(() => Moscow.AddWorkingTime(Instant.FromUtc(2026, 1, 1, 0, 0), Duration.FromHours(-1)))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void GivenMoscowCalendar_WhenAddingSevenAndTwentyEightWindows_ThenDeadlinesLandOnWindowEnds()
    {
        var start = Local(Moscow, 2026, 11, 25, 7);

        Moscow.AddWorkingTime(start, Duration.FromHours(7 * 18)).Should().Be(Local(Moscow, 2026, 12, 2, 1));
        Moscow.AddWorkingTime(start, Duration.FromHours(28 * 18)).Should().Be(Local(Moscow, 2026, 12, 23, 1));
    }

    [Fact]
    public void GivenWindowSpanningSpringForward_WhenMeasuring_ThenItIsOneHourShorter()
    {
        var night = new MediationCalendar("Europe/Berlin", new LocalTime(22, 0), new LocalTime(6, 0));
        var windowStart = Instant.FromUtc(2026, 3, 28, 21, 0); // 22:00 CET
        var windowEnd = Instant.FromUtc(2026, 3, 29, 4, 0); // 06:00 CEST

        night.WorkingTimeBetween(windowStart, windowEnd).Should().Be(Duration.FromHours(7));
        night.IsWorkingTime(windowEnd).Should().BeFalse();
        // The eighth hour spills into the next night: 22:00 CEST is 20:00Z.
        night.AddWorkingTime(windowStart, Duration.FromHours(8)).Should().Be(Instant.FromUtc(2026, 3, 29, 21, 0));
    }

    [Fact]
    public void GivenWindowSpanningFallBack_WhenMeasuring_ThenItIsOneHourLonger()
    {
        var night = new MediationCalendar("Europe/Berlin", new LocalTime(22, 0), new LocalTime(6, 0));
        var windowStart = Instant.FromUtc(2026, 10, 24, 20, 0); // 22:00 CEST
        var windowEnd = Instant.FromUtc(2026, 10, 25, 5, 0); // 06:00 CET

        night.WorkingTimeBetween(windowStart, windowEnd).Should().Be(Duration.FromHours(9));
        night.AddWorkingTime(windowStart, Duration.FromHours(9)).Should().Be(windowEnd);
    }

    [Fact]
    public void GivenWindowStartingInsideTheSpringGap_WhenResolving_ThenTheStartShiftsForwardByTheGap()
    {
        var calendar = new MediationCalendar("Europe/Berlin", new LocalTime(2, 30), new LocalTime(20, 0));

        // 02:30 does not exist on 2026-03-29; leniently it is 03:30 CEST = 01:30Z.
        calendar.IsWorkingTime(Instant.FromUtc(2026, 3, 29, 1, 29)).Should().BeFalse();
        calendar.IsWorkingTime(Instant.FromUtc(2026, 3, 29, 1, 30)).Should().BeTrue();
        calendar.WorkingTimeBetween(Instant.FromUtc(2026, 3, 29, 0, 0), Instant.FromUtc(2026, 3, 29, 22, 0))
            .Should().Be(Duration.FromHours(16.5));
    }

    [Fact]
    public void GivenWindowStartingInsideTheAmbiguousAutumnHour_WhenResolving_ThenTheEarlierOccurrenceCounts()
    {
        var calendar = new MediationCalendar("Europe/Berlin", new LocalTime(2, 30), new LocalTime(20, 0));

        // 02:30 happens twice on 2026-10-25; the first one (CEST, 00:30Z) opens the window.
        calendar.IsWorkingTime(Instant.FromUtc(2026, 10, 25, 0, 30)).Should().BeTrue();
        calendar.WorkingTimeBetween(Instant.FromUtc(2026, 10, 25, 0, 0), Instant.FromUtc(2026, 10, 25, 22, 0))
            .Should().Be(Duration.FromHours(18.5));
    }

    [Fact]
    public void GivenRoundTheClockCalendar_WhenTheDayHasTwentyFiveHours_ThenAllOfThemCount()
    {
        var always = new MediationCalendar("America/New_York", LocalTime.Midnight, LocalTime.Midnight);
        var from = Instant.FromUtc(2026, 11, 1, 4, 0); // 00:00 EDT
        var to = Instant.FromUtc(2026, 11, 2, 5, 0); // 00:00 EST

        always.NominalDayLength.Should().Be(Duration.FromHours(24));
        always.WorkingTimeBetween(from, to).Should().Be(Duration.FromHours(25));
        always.AddWorkingTime(from, Duration.FromHours(25)).Should().Be(to);
        always.IsWorkingTime(Instant.FromUtc(2026, 11, 1, 6, 30)).Should().BeTrue();
    }

    [Fact]
    public void GivenWeekdayOfficeHours_WhenTheDeadlineCrossesAWeekendAndDst_ThenOnlyOfficeHoursCount()
    {
        var office = new MediationCalendar("America/New_York", new LocalTime(9, 0), new LocalTime(17, 0))
        {
            WorkingDays = new HashSet<IsoDayOfWeek>
            {
                IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday,
                IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday,
            },
        };
        var fridayAfternoon = Instant.FromUtc(2026, 3, 6, 21, 0); // Fri 16:00 EST

        // One hour on Friday, one on Monday 09:00 EDT (13:00Z) after the 8 March switch.
        office.AddWorkingTime(fridayAfternoon, Duration.FromHours(2)).Should().Be(Instant.FromUtc(2026, 3, 9, 14, 0));
        // Ten working days is exactly two weeks of office hours.
        office.AddWorkingTime(Instant.FromUtc(2026, 3, 2, 14, 0), Duration.FromHours(80))
            .Should().Be(Instant.FromUtc(2026, 3, 13, 21, 0));
        office.IsWorkingTime(Instant.FromUtc(2026, 3, 7, 15, 0)).Should().BeFalse(); // Saturday
    }

    [Theory]
    [InlineData(7, 0, 1, 0, 18)]
    [InlineData(9, 0, 17, 0, 8)]
    [InlineData(22, 0, 6, 0, 8)]
    [InlineData(0, 0, 0, 0, 24)]
    [InlineData(13, 0, 13, 0, 24)]
    public void NominalDayLength_wraps_past_midnight(int sh, int sm, int eh, int em, int hours)
    {
        new MediationCalendar("UTC", new LocalTime(sh, sm), new LocalTime(eh, em))
            .NominalDayLength.Should().Be(Duration.FromHours(hours));
    }

    [Fact]
    public void Unknown_zone_is_refused_with_a_clear_message()
    {
        FluentActions.Invoking(() => new MediationCalendar("Mars/Olympus", new LocalTime(7, 0), new LocalTime(1, 0)))
            .Should().Throw<ArgumentException>().WithMessage("*Mars/Olympus*IANA*");
        FluentActions.Invoking(() => Moscow with { TimeZoneId = "Moscow" }).Should().Throw<ArgumentException>();
        MediationCalendar.TryCreate("Mars/Olympus", LocalTime.Noon, LocalTime.Noon, out var none).Should().BeFalse();
        none.Should().BeNull();
        MediationCalendar.TryCreate("Asia/Tokyo", LocalTime.Noon, LocalTime.Noon, out var tokyo).Should().BeTrue();
        tokyo!.Zone.Id.Should().Be("Asia/Tokyo");
    }

    [Fact]
    public void Changing_the_zone_with_a_with_expression_recomputes_the_zone()
    {
        var tokyo = Moscow with { TimeZoneId = "Asia/Tokyo" };

        tokyo.Zone.Id.Should().Be("Asia/Tokyo");
        tokyo.IsWorkingTime(Instant.FromUtc(2026, 1, 1, 17, 0)).Should().BeFalse(); // 02:00 in Tokyo
    }

    [Fact]
    public void Empty_working_days_are_refused()
    {
        FluentActions.Invoking(() => Moscow with { WorkingDays = new HashSet<IsoDayOfWeek>() })
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equality_compares_working_days_by_content()
    {
        var a = Moscow with { WorkingDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Monday, IsoDayOfWeek.Friday } };
        var b = Moscow with { WorkingDays = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Friday, IsoDayOfWeek.Monday } };

        a.Should().Be(b);
        a.Should().NotBe(Moscow);
        new MediationCalendar("Europe/Moscow", new LocalTime(7, 0), new LocalTime(1, 0)).Should().Be(Moscow);
    }

    [Fact]
    public void GivenWindowEdgesThatCrossInsideTheGap_WhenMeasuring_ThenNoTimeIsCountedTwice()
    {
        var calendar = new MediationCalendar("Europe/Berlin", new LocalTime(3, 10), new LocalTime(2, 30));
        var from = Instant.FromUtc(2026, 3, 28, 12, 0);
        var to = Instant.FromUtc(2026, 3, 29, 12, 0);

        // Nominally 23h20m per day, and the night break vanishes into the gap, so the whole UTC day counts once.
        calendar.WorkingTimeBetween(from, to).Should().Be(Duration.FromHours(24));
    }
}
