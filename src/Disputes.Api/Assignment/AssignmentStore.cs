using Disputes.Projections.Store;
using Marten;

namespace Disputes.Api.Assignment;

// The profiles and their revisions are documents; registered here so `schema apply` creates their tables too.
public sealed class AssignmentStore : IStoreModule
{
    public void Configure(StoreOptions options)
    {
        options.Schema.For<MediatorProfile>().Identity(p => p.Id);
        options.Schema.For<MediatorProfileRevision>().Identity(r => r.Id);
        options.Schema.For<BulkReassignment>().Identity(b => b.Id);
    }
}
