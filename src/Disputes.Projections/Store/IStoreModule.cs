using Marten;

namespace Disputes.Projections.Store;

// A feature's part of the store: its tables, projections and commit listeners. Every module registers one; the store
// applies them after the shared setup (MartenSetup), and so does every tool that builds a store of its own (schema
// apply), so no table or projection can be missing from one of them. The schema is options.DatabaseSchemaName.
public interface IStoreModule
{
    void Configure(StoreOptions options);
}
