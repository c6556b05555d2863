namespace Disputes.Domain;

// One row of the lifecycle table: in From, Action leads to To when every guard holds (guards as their descriptions).
public sealed record LifecycleTransition(DisputeStatus From, DisputeAction Action, DisputeStatus To, IReadOnlyList<string> Guards);
