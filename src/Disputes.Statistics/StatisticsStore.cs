using Disputes.Projections.Store;
using Marten;

namespace Disputes.Statistics;

// The cross-dispute statistics in the store: async projections run by the hot/cold daemon, and the table through which
// a rebuild asks running instances' daemons to stand down.
public sealed class StatisticsStore : IStoreModule
{
    public void Configure(StoreOptions options) => StatisticsProjections.Configure(options);
}
