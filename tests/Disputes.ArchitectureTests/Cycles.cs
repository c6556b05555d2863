namespace Disputes.ArchitectureTests;

// Strongly connected components of more than one namespace (Tarjan), each listed with the edges that close it.
public static class Cycles
{
    public static IReadOnlyList<IReadOnlyList<string>> In(NamespaceGraph graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var onStack = new HashSet<string>();
        var stack = new Stack<string>();
        var found = new List<IReadOnlyList<string>>();
        var next = 0;

        void Visit(string ns)
        {
            index[ns] = low[ns] = next++;
            stack.Push(ns);
            onStack.Add(ns);
            foreach (var to in graph.From(ns).Keys)
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[ns] = Math.Min(low[ns], low[to]);
                }
                else if (onStack.Contains(to))
                    low[ns] = Math.Min(low[ns], index[to]);
            }
            if (low[ns] != index[ns])
                return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != ns);
            if (component.Count > 1)
                found.Add(component.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var ns in graph.Namespaces.Order(StringComparer.Ordinal).ToList())
            if (!index.ContainsKey(ns))
                Visit(ns);
        return found;
    }

    public static string Describe(NamespaceGraph graph, IReadOnlyList<string> cycle) =>
        string.Join("\n", cycle.SelectMany(from => graph.From(from).Where(e => cycle.Contains(e.Key))
            .Select(e => $"  {from} -> {e.Key}   ({e.Value})")));
}
