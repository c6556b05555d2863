using Disputes.Projections.Store;
using Marten;

namespace Disputes.Api.Idempotency;

// The records are documents keyed by the Idempotency-Key; the janitor finds a dispute's keys by its id.
public sealed class IdempotencyStore : IStoreModule
{
    public void Configure(StoreOptions options) => options.Schema.For<IdempotencyRecord>().Index(r => r.DisputeId);
}
