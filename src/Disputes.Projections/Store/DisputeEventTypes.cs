using Disputes.Domain;

namespace Disputes.Projections.Store;

// Every event a dispute's history holds: what the store registers (MartenSetup) and what a rebuild reads by name.
public static class DisputeEventTypes
{
    public static IEnumerable<Type> All() =>
        typeof(IDisputeEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDisputeEvent).IsAssignableFrom(t))
            .OrderBy(t => t.Name);
}
