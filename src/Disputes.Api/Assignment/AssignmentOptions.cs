using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;

namespace Disputes.Api.Assignment;

// Bound from "Disputes:Assignment". AutoAssign is the desk's choice and off by default: turning it on hands every
// escalation to the profiles, so a desk without profiles (or with wrong ones) would leave cases waiting unseen by
// mediators who claim by hand. Enabled (the worker base's) says whether this instance runs the assigner at all.
// Lease: how long a pass waits for another instance's pass to end before it gives up (that pass sees the same queue;
// the lock is released when its connection dies, so kill -9 frees it at once). MaxIdle 30 s: how soon a profile change, a shift
// start or another instance's commit is noticed.
public sealed class AssignmentOptions() : WorkerOptions(parallelism: 1, lease: TimeSpan.FromMinutes(1), maxIdle: TimeSpan.FromSeconds(30))
{
    public const string Section = "Disputes:Assignment";

    public bool AutoAssign { get; set; }

    // The expected wait's time to claim when the pool has no measured one yet (the desk answers within 10–15 minutes).
    public TimeSpan DefaultTimeToClaim { get; set; } = TimeSpan.FromMinutes(15);
}

public sealed class AssignmentOptionsValidation() : WorkerOptionsValidation<AssignmentOptions>(AssignmentOptions.Section)
{
    protected override void CheckOwn(SettingErrors errors, AssignmentOptions o)
    {
        errors.Range(nameof(o.Parallelism), o.Parallelism, 1, 1);
        errors.Range(nameof(o.DefaultTimeToClaim), o.DefaultTimeToClaim, TimeSpan.FromSeconds(1), TimeSpan.FromDays(7));
    }
}
