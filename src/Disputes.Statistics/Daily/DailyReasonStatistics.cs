using System.Globalization;
using Disputes.Domain;
using Disputes.Statistics.Facts;
using NodaTime;

namespace Disputes.Statistics.Daily;

// One UTC day and one reason: disputes opened that day, and disputes resolved that day by outcome (a dispute is
// counted on its opening day and again on its closing day, each under the reason it was opened for).
public sealed class DailyReasonStatistics
{
    public string Id { get; set; } = "";
    public LocalDate Date { get; set; }

    // yyyymmdd, the column range queries compare and index (the store has no NodaTime column mapping).
    public int DateKey { get; set; }
    public DisputeReason Reason { get; set; }
    public long Opened { get; set; }
    public OutcomeCounts Resolved { get; set; } = new();
    public long ResolvedByDeadline { get; set; }

    public static LocalDate DayOf(Instant at) => at.InUtc().Date;

    public static int KeyOf(LocalDate date) => date.Year * 10_000 + date.Month * 100 + date.Day;

    public static string IdFor(LocalDate date, DisputeReason reason) =>
        $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{reason}";

    public static DailyReasonStatistics For(LocalDate date, DisputeReason reason) =>
        new() { Id = IdFor(date, reason), Date = date, DateKey = KeyOf(date), Reason = reason };
}
