using Disputes.Hosting.Workers;

namespace Disputes.Deadlines.Scheduling;

// This instance's scheduler and what it fired, for GET /diagnostics/scheduler and the "scheduler" readiness check.
public sealed class SchedulerState(InstanceIdentity instance) : WorkerState<DrainResult>(instance, "deadline scheduler");
