using Disputes.Hosting.Workers;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.Options;

namespace Disputes.Statistics.Daemon;

// AddAsyncDaemon fixes the mode when services are registered, before a test host's settings apply; this runs when
// the store is built (after AddAsyncDaemon's own setting) and puts the configured mode in its place. Disabled
// leaves the registered coordinator without a distributor, so it starts nothing.
public sealed class ProjectionDaemonMode(IOptions<AsyncProjectionOptions> options) : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions store) =>
        store.Projections.AsyncMode = options.Value.Daemon switch
        {
            DaemonRole.HotCold => DaemonMode.HotCold,
            DaemonRole.Solo => DaemonMode.Solo,
            DaemonRole.Disabled => DaemonMode.Disabled,
            var other => throw new InvalidOperationException($"{AsyncProjectionOptions.Section}:Daemon has no mode {other}."),
        };
}
