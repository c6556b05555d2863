using Disputes.Hosting.Workers;

namespace Disputes.Deadlines.Scheduling;

// Wakes this instance's scheduler early when a commit schedules a deadline sooner than its planned look (the commit
// listener in DeadlinesStore), or when told to look now (a test that moved a fake clock).
public sealed class DeadlineSignal : WakeSignal;
