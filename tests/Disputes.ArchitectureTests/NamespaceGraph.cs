using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Disputes.ArchitectureTests;

// Which namespace uses which, read from the compiled IL (signatures, base types, attributes and method bodies), so
// a dependency hidden in a method body or reached through a parent namespace without a using counts too. Edges
// carry one example (type → type) so a failure says where to look.
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> edges = new(StringComparer.Ordinal);

    public IEnumerable<string> Namespaces => edges.Keys;

    public IReadOnlyDictionary<string, string> From(string ns) => edges.TryGetValue(ns, out var to) ? to : new Dictionary<string, string>();

    public void Add(string from, string to, string example)
    {
        if (!edges.TryGetValue(from, out var targets))
            edges[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (from != to)
            targets.TryAdd(to, example);
        edges.TryAdd(to, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    public static NamespaceGraph Of(IEnumerable<string> assemblyPaths, Func<string, bool> counts)
    {
        var graph = new NamespaceGraph();
        var resolver = new DefaultAssemblyResolver();
        foreach (var path in assemblyPaths)
            resolver.AddSearchDirectory(Path.GetDirectoryName(path)!);
        foreach (var path in assemblyPaths)
        {
            using var assembly = AssemblyDefinition.ReadAssembly(path, new ReaderParameters { AssemblyResolver = resolver });
            foreach (var type in assembly.MainModule.GetTypes())
            {
                var from = NamespaceOf(type);
                if (!counts(from))
                    continue;
                foreach (var used in Uses(type))
                    if (NamespaceOf(used) is var to && counts(to))
                        graph.Add(from, to, $"{Outermost(type).FullName} uses {Outermost(used).FullName}");
            }
        }
        return graph;
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        return type;
    }

    private static string NamespaceOf(TypeReference type) => Outermost(type).Namespace;

    private static IEnumerable<TypeReference> Uses(TypeDefinition type)
    {
        if (type.BaseType is not null)
            yield return type.BaseType;
        foreach (var i in type.Interfaces)
            yield return i.InterfaceType;
        foreach (var a in type.CustomAttributes)
            yield return a.AttributeType;
        foreach (var f in type.Fields)
            yield return f.FieldType;
        foreach (var p in type.Properties)
            yield return p.PropertyType;
        foreach (var m in type.Methods)
        {
            yield return m.ReturnType;
            foreach (var p in m.Parameters)
                yield return p.ParameterType;
            if (!m.HasBody)
                continue;
            foreach (var v in m.Body.Variables)
                yield return v.VariableType;
            foreach (var instruction in m.Body.Instructions)
                foreach (var used in Operand(instruction))
                    yield return used;
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference t => Expand(t),
        MethodReference m => Expand(m.DeclaringType).Concat(Expand(m.ReturnType)),
        FieldReference f => Expand(f.DeclaringType).Concat(Expand(f.FieldType)),
        _ => [],
    };

    // Generic arguments and element types count as uses: List<Refusal> uses Refusal.
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type.GetElementType();
        if (type is GenericInstanceType generic)
            foreach (var argument in generic.GenericArguments.SelectMany(Expand))
                yield return argument;
    }
}
