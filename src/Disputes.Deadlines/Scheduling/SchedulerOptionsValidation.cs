using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;

namespace Disputes.Deadlines.Scheduling;

public sealed class SchedulerOptionsValidation() : WorkerOptionsValidation<SchedulerOptions>(SchedulerOptions.Section)
{
    protected override void CheckOwn(SettingErrors errors, SchedulerOptions o)
    {
        errors.Range(nameof(o.BatchSize), o.BatchSize, 1, 1000);
        errors.Range(nameof(o.RetryAfter), o.RetryAfter, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
    }
}
