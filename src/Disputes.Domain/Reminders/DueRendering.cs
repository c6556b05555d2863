using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Disputes.Domain;

// A due instant as its recipient reads it: in their time zone, with the offset in force at that instant (so a
// deadline just after a DST change shows the new offset even when the reminder goes out before it), and a sentence
// in their language. Words are the engine's own tables, not the host's culture data: the same bytes on every
// machine, with or without ICU. Languages without a table read English; Language says which one was used.
public sealed record LocalDue(string TimeZone, OffsetDateTime Local, LanguageTag Language, string Text)
{
    public string Offset => DueRendering.FormatOffset(Local.Offset);

    public string LocalText => OffsetDateTimePattern.Rfc3339.Format(Local);
}

public static class DueRendering
{
    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    private static readonly string[] EnglishDays = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] EnglishMonths =
        ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] RussianDays = ["", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"];
    // Genitive, as a date is read: "28 марта".
    private static readonly string[] RussianMonths =
        ["", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    public static LanguageTag Russian { get; } = LanguageTag.Parse("ru");

    public static LocalDue Render(Instant due, DateTimeZone zone, LanguageTag language)
    {
        var local = due.InZone(zone).ToOffsetDateTime();
        var offset = FormatOffset(local.Offset);
        var time = local.LocalDateTime.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        var date = local.Date;
        return language.Language == Russian.Language
            ? new LocalDue(zone.Id, local, Russian,
                $"Ответьте до {time}, {RussianDays[(int)date.DayOfWeek]}, {date.Day} {RussianMonths[date.Month]} {date.Year} г. ({zone.Id}, {offset})")
            : new LocalDue(zone.Id, local, LanguageTag.English,
                $"Respond by {EnglishDays[(int)date.DayOfWeek]}, {date.Day} {EnglishMonths[date.Month]} {date.Year}, {time} ({zone.Id}, {offset})");
    }

    public static string FormatOffset(Offset offset) => $"UTC{OffsetText.Format(offset)}";
}
