using Mono.Cecil;

namespace Disputes.ArchitectureTests;

// Dependencies point one way: Domain ← Projections (store setup, per-dispute read models, the write path) ← Hosting
// (what modules share) ← the feature modules ← Api (the host). Projects make that a compile-time fact between
// assemblies; these tests hold the rest: no namespace reaches back into one that depends on it, modules do not use
// each other, and the domain stays pure.
public sealed class Dependencies
{
    private static readonly string[] Modules = ["Disputes.Deadlines", "Disputes.Webhooks", "Disputes.Audit", "Disputes.Statistics", "Disputes.EvidenceFiles"];

    private static readonly Dictionary<string, string[]> MayReference = new()
    {
        ["Disputes.Domain"] = [],
        ["Disputes.Projections"] = ["Disputes.Domain"],
        ["Disputes.Hosting"] = ["Disputes.Domain", "Disputes.Projections"],
        ["Disputes.Deadlines"] = ["Disputes.Domain", "Disputes.Projections", "Disputes.Hosting"],
        ["Disputes.Webhooks"] = ["Disputes.Domain", "Disputes.Projections", "Disputes.Hosting"],
        ["Disputes.Audit"] = ["Disputes.Domain", "Disputes.Projections", "Disputes.Hosting"],
        ["Disputes.Statistics"] = ["Disputes.Domain", "Disputes.Projections", "Disputes.Hosting"],
        ["Disputes.EvidenceFiles"] = ["Disputes.Domain", "Disputes.Projections", "Disputes.Hosting"],
        ["Disputes.Api"] = ["Disputes.Domain", "Disputes.Projections", "Disputes.Hosting", .. Modules],
    };

    private static string PathOf(string assembly) => Path.Combine(AppContext.BaseDirectory, assembly + ".dll");

    [Fact]
    public void No_namespace_of_the_product_depends_on_itself_through_others()
    {
        var graph = NamespaceGraph.Of(MayReference.Keys.Select(PathOf), ns => ns.StartsWith("Disputes.", StringComparison.Ordinal));

        var cycles = Cycles.In(graph);

        cycles.Should().BeEmpty("each cycle below should be broken:\n" + string.Join("\n\n", cycles.Select(c => Cycles.Describe(graph, c))));
    }

    [Fact]
    public void Each_project_references_only_the_layers_below_it()
    {
        foreach (var (assembly, allowed) in MayReference)
        {
            using var definition = AssemblyDefinition.ReadAssembly(PathOf(assembly));
            var product = definition.MainModule.AssemblyReferences.Select(r => r.Name).Where(n => n.StartsWith("Disputes.", StringComparison.Ordinal));
            product.Should().BeSubsetOf(allowed, $"{assembly} may use only {string.Join(", ", allowed)}");
        }
    }

    [Fact]
    public void The_domain_references_neither_the_store_nor_the_web()
    {
        using var domain = AssemblyDefinition.ReadAssembly(PathOf("Disputes.Domain"));

        domain.MainModule.AssemblyReferences.Select(r => r.Name)
            .Should().NotContain(n => n.StartsWith("Marten", StringComparison.Ordinal) || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                || n.StartsWith("Npgsql", StringComparison.Ordinal) || n.StartsWith("JasperFx", StringComparison.Ordinal));
    }

    // The check itself: a cycle of three namespaces is found, with the edges that close it; a tail into it is not.
    [Fact]
    public void Given_namespaces_that_reach_each_other_When_checked_Then_the_cycle_is_named()
    {
        var graph = new NamespaceGraph();
        graph.Add("A", "B", "A.X uses B.Y");
        graph.Add("B", "C", "B.Y uses C.Z");
        graph.Add("C", "A", "C.Z uses A.X");
        graph.Add("D", "A", "D.W uses A.X");

        var cycles = Cycles.In(graph);

        cycles.Should().ContainSingle().Which.Should().Equal("A", "B", "C");
        Cycles.Describe(graph, cycles[0]).Should().Contain("C -> A   (C.Z uses A.X)");
    }
}
