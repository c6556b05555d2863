using Disputes.Domain;
using Disputes.Hosting.Workers;

namespace Disputes.Webhooks.Reminders;

// Bound from "Disputes:Reminders" (env Disputes__Reminders__LeadTimes=P1D,PT2H and so on). LeadTimes "none" turns
// reminders off everywhere (no reminder rows are written); Enabled off stops only this instance's worker (the others
// send). A batch is one transaction (rows locked, notifications queued, rows deleted), so Lease only sizes readiness.
// MaxIdle 30 s: a reminder goes out at most that long after its instant (commits do not wake the worker: a reminder
// is never due at the commit that schedules its clock).
public sealed class ReminderOptions() : WorkerOptions(parallelism: 1, lease: TimeSpan.FromMinutes(1), maxIdle: TimeSpan.FromSeconds(30))
{
    public const string Section = "Disputes:Reminders";

    // ISO-8601 durations before each clock's due instant, comma-separated; "none" for no reminders.
    public string LeadTimes { get; set; } = "P1D,PT2H";

    // Reminder rows taken per transaction.
    public int BatchSize { get; set; } = 100;

    public ReminderLeadTimes Leads => ReminderLeadTimes.TryParse(LeadTimes, out _) ?? ReminderLeadTimes.None;
}
