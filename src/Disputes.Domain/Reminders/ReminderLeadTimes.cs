using NodaTime;
using NodaTime.Text;

namespace Disputes.Domain;

// The lead times before each clock's due instant at which whoever must act is reminded ("P1D,PT2H"): ISO-8601
// durations of fixed length, positive, distinct. "none" (or nothing) turns reminders off.
public sealed record ReminderLeadTimes(IReadOnlyList<Duration> Leads)
{
    public static readonly ReminderLeadTimes None = new([]);

    public const string Off = "none";

    public bool Any => Leads.Count > 0;

    // Null with the reason when the text is not a list of lead times.
    public static ReminderLeadTimes? TryParse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals(Off, StringComparison.OrdinalIgnoreCase))
            return None;
        var leads = new List<Duration>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var parsed = PeriodPattern.NormalizingIso.Parse(item);
            if (!parsed.Success)
                error = $"'{item}' is not an ISO-8601 duration such as P1D or PT2H.";
            else if (parsed.Value.Years != 0 || parsed.Value.Months != 0)
                error = $"'{item}': years and months have no fixed length; use days (e.g. P30D).";
            else if (parsed.Value.ToDuration() <= Duration.Zero)
                error = $"'{item}': a lead time must be positive.";
            else if (leads.Contains(parsed.Value.ToDuration()))
                error = $"'{item}' is listed twice.";
            else
                leads.Add(parsed.Value.ToDuration());
            if (error is not null)
                return null;
        }
        return new ReminderLeadTimes([.. leads.OrderDescending()]);
    }

    // When to remind of a clock scheduled at scheduledAt and due at dueAt, lead before it. A lead time that has
    // already begun when the clock starts (a 1-day reminder of a 2-hour clock) sends nothing: a reminder that arrives
    // with the clock itself says nothing the DeadlineScheduled notification did not.
    public static Instant? RemindAt(Instant scheduledAt, Instant dueAt, Duration lead) =>
        dueAt - lead is var at && at > scheduledAt ? at : null;

    public static string Format(Duration lead) =>
        PeriodPattern.NormalizingIso.Format(Period.FromNanoseconds(lead.ToInt64Nanoseconds()).Normalize());

    public override string ToString() => Any ? string.Join(",", Leads.Select(Format)) : Off;
}
