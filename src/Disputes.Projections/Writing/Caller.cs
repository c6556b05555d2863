
namespace Disputes.Projections.Writing;

// Who authenticated to cause an event, beside the party it acted for (the event's actor): the token's subject and
// the role the endpoint admitted it under, or the engine's own scheduler for the clocks it fires. A storefront
// acting for a buyer is Buyer:buyer-7 called by storefront-eu (storefront); an admin assigning a case is
// Platform:admin-1 called by admin-1 (admin).
public sealed record Caller(string Subject, string Role)
{
    public const string EngineRole = "system";

    public static Caller Scheduler { get; } = new("scheduler", EngineRole);
}
