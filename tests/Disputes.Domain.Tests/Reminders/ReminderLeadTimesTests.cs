using NodaTime;

namespace Disputes.Domain.Tests;

public class ReminderLeadTimesTests
{
    [Fact]
    public void Given_iso_durations_When_parsed_Then_they_are_the_lead_times_longest_first()
    {
        var leads = ReminderLeadTimes.TryParse("PT2H, P1D", out var error);

        error.Should().BeNull();
        leads!.Leads.Should().Equal(Duration.FromDays(1), Duration.FromHours(2));
        leads.ToString().Should().Be("P1D,PT2H");
    }

    [Theory]
    [InlineData("none")]
    [InlineData("")]
    [InlineData(null)]
    public void Given_none_When_parsed_Then_reminders_are_off(string? text) =>
        ReminderLeadTimes.TryParse(text, out _)!.Any.Should().BeFalse();

    [Theory]
    [InlineData("1 day", "not an ISO-8601 duration")]
    [InlineData("P1M", "years and months")]
    [InlineData("PT0S", "must be positive")]
    [InlineData("P1D,PT24H", "listed twice")]
    public void Given_a_bad_list_When_parsed_Then_the_error_names_the_item(string text, string reason)
    {
        ReminderLeadTimes.TryParse(text, out var error).Should().BeNull();
        error.Should().Contain(reason);
    }

    [Fact]
    public void Given_a_lead_time_longer_than_the_clock_When_scheduled_Then_no_reminder()
    {
        var at = Instant.FromUtc(2027, 1, 1, 0, 0);

        ReminderLeadTimes.RemindAt(at, at + Duration.FromHours(2), Duration.FromDays(1)).Should().BeNull();
        ReminderLeadTimes.RemindAt(at, at + Duration.FromDays(1), Duration.FromDays(1)).Should().BeNull("a reminder at the start says nothing new");
        ReminderLeadTimes.RemindAt(at, at + Duration.FromDays(5), Duration.FromDays(1)).Should().Be(at + Duration.FromDays(4));
    }
}
