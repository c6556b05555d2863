using Disputes.Domain;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;

namespace Disputes.Webhooks.Reminders;

public sealed class ReminderOptionsValidation() : WorkerOptionsValidation<ReminderOptions>(ReminderOptions.Section)
{
    protected override void CheckOwn(SettingErrors errors, ReminderOptions o)
    {
        errors.Range(nameof(o.BatchSize), o.BatchSize, 1, 1000);
        ReminderLeadTimes.TryParse(o.LeadTimes, out var error);
        errors.Require(error is null, nameof(o.LeadTimes), $"must be ISO-8601 durations separated by commas (P1D,PT2H) or \"{ReminderLeadTimes.Off}\": {error}");
    }
}
