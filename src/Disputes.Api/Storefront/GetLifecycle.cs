using Disputes.Domain;

namespace Disputes.Api.Storefront;

// GET /lifecycle — the lifecycle machine as data (and as the Mermaid text docs/lifecycle.md is made from), so a client
// draws the same diagram the rules are enforced by.
public sealed record LifecycleView(IReadOnlyList<DisputeStatus> States, IReadOnlyList<LifecycleTransitionView> Transitions, string Mermaid);

// Clock: fired by the deadline scheduler, never asked for by a client.
public sealed record LifecycleTransitionView(DisputeStatus From, DisputeAction Action, DisputeStatus To, bool Clock, IReadOnlyList<string> Guards);

public static class GetLifecycleEndpoint
{
    private static readonly Lazy<LifecycleView> Shape = new(() => new LifecycleView(
        Enum.GetValues<DisputeStatus>(),
        DisputeMachine.Table().Select(t => new LifecycleTransitionView(t.From, t.Action, t.To, t.Action.IsClock(), t.Guards)).ToList(),
        DisputeMachine.MermaidDiagram()));

    public static void MapGetLifecycle(this RouteGroupBuilder group) =>
        group.MapGet("", () => TypedResults.Ok(Shape.Value))
            .WithName("GetLifecycle")
            .WithSummary("The dispute lifecycle: states, and every transition with its action and guards");
}
