using NodaTime;

namespace Disputes.Domain.Tests;

public class DueRenderingTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // Europe/Berlin springs forward on Sunday 28 March 2027 at 02:00 CET (01:00 UTC) to 03:00 CEST.
    private static readonly Instant JustAfterSpringForward = Instant.FromUtc(2027, 3, 28, 1, 30);

    [Fact]
    public void Given_a_clock_due_just_after_spring_forward_When_reminded_a_day_ahead_Then_each_instant_shows_the_offset_in_force_then()
    {
        var remindAt = ReminderLeadTimes.RemindAt(Instant.FromUtc(2027, 3, 23, 1, 30), JustAfterSpringForward, Duration.FromDays(1));

        remindAt.Should().Be(Instant.FromUtc(2027, 3, 27, 1, 30), "a lead time is elapsed time, not a calendar day");
        var due = DueRendering.Render(JustAfterSpringForward, Berlin, LanguageTag.English);
        var reminder = DueRendering.Render(remindAt!.Value, Berlin, LanguageTag.English);

        due.LocalText.Should().Be("2027-03-28T03:30:00+02:00");
        due.Offset.Should().Be("UTC+02:00");
        due.Text.Should().Be("Respond by Sunday, 28 March 2027, 03:30 (Europe/Berlin, UTC+02:00)");
        reminder.LocalText.Should().Be("2027-03-27T02:30:00+01:00", "the day before, still winter time: 23 local hours before the due time");
        reminder.Offset.Should().Be("UTC+01:00");
    }

    [Fact]
    public void Given_a_Russian_speaker_When_rendered_Then_the_sentence_is_Russian_with_genitive_month()
    {
        var due = DueRendering.Render(JustAfterSpringForward, Berlin, LanguageTag.Parse("ru-RU"));

        due.Language.Should().Be(LanguageTag.Parse("ru"));
        due.Text.Should().Be("Ответьте до 03:30, воскресенье, 28 марта 2027 г. (Europe/Berlin, UTC+02:00)");
    }

    [Fact]
    public void Given_a_language_without_a_table_When_rendered_Then_it_falls_back_to_English_and_says_so()
    {
        var due = DueRendering.Render(Instant.FromUtc(2027, 3, 28, 9, 0), Berlin, LanguageTag.Parse("pt-BR"));

        due.Language.Should().Be(LanguageTag.English);
        due.Text.Should().Be("Respond by Sunday, 28 March 2027, 11:00 (Europe/Berlin, UTC+02:00)");
    }

    [Fact]
    public void Given_a_zone_west_of_Greenwich_When_rendered_Then_the_offset_is_negative_and_the_date_local()
    {
        var due = DueRendering.Render(Instant.FromUtc(2027, 1, 1, 3, 0), DateTimeZoneProviders.Tzdb["America/New_York"], LanguageTag.English);

        due.LocalText.Should().Be("2026-12-31T22:00:00-05:00");
        due.Text.Should().Be("Respond by Thursday, 31 December 2026, 22:00 (America/New_York, UTC-05:00)");
    }
}
