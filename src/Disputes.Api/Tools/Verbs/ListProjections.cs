using Disputes.Hosting.Tools;
using Disputes.Projections.Rebuilding;
using Disputes.Projections.Store;
using Disputes.Statistics;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Api.Tools.Verbs;

public sealed class ListProjections : IToolVerb
{
    public string Group => "projections";
    public string Name => "list";
    public string Usage => "";
    public string Summary => "The projections, their lifecycle and whether `projections rebuild` can rebuild them.";

    public Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(0);
        var store = services.GetRequiredService<IDocumentStore>();
        var rebuildable = PerDisputeRebuild.Rebuildable(store).Select(p => p.Name).Concat(StatisticsProjections.Names).ToHashSet();
        foreach (var projection in MartenInternals.Options(store).Projections.All.OrderBy(p => p.Lifecycle).ThenBy(p => p.Name))
            output.WriteLine($"{projection.Name,-24} {projection.Lifecycle,-8} {(rebuildable.Contains(projection.Name) ? "rebuildable" : "")}");
        return Task.FromResult(0);
    }
}
