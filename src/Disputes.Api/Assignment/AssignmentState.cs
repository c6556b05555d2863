using Disputes.Hosting.Workers;

namespace Disputes.Api.Assignment;

// Assigned: cases handed to a mediator; Waiting: cases left in the queue (nobody eligible now); Lost: assignments
// another writer beat (the case changed under the pass; the next pass looks again).
public sealed record AssignmentResult(int Assigned, int Waiting, int Lost) : IWorkerTally<AssignmentResult>
{
    public static AssignmentResult None { get; } = new(0, 0, 0);

    public AssignmentResult Add(AssignmentResult other) => new(Assigned + other.Assigned, other.Waiting, Lost + other.Lost);
}

public sealed class AssignmentState(InstanceIdentity instance) : WorkerState<AssignmentResult>(instance, "auto-assignment");

// Woken when a commit frees a case or a seat (an escalation, a release, an appeal, a decision, a reassignment).
public sealed class AssignmentSignal : WakeSignal;
