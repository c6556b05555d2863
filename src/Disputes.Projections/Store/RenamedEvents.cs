using System.Text.Json;
using Disputes.Domain;
using Disputes.Projections.Store;
using Marten;
using static Marten.Services.Json.Transformations.SystemTextJson.JsonTransformations;

namespace Disputes.Projections.Store;

// An event's stored type name is wire format: renaming the record changes the name new events are stored
// under, and history written under the old name must still read as today's type, for projections, replays
// and auditors alike. Each line maps a name that exists in stored history onto the type that replaced it.
// Never remove a line: the history it reads is immutable. A change of shape, not only of name, goes here too,
// with the old JSON turned into the new record explicitly.
public static class RenamedEvents
{
    private static readonly JsonSerializerOptions Json = DisputesJson.ConfigureStore(new JsonSerializerOptions());

    // MediationOverdue → MediationSlaBreached (2026-11-25): same fields, a past-tense name.
    public static void Configure(StoreOptions opts) =>
        opts.Events.Upcast<MediationSlaBreached>("mediation_overdue", Upcast(json => json.Deserialize<MediationSlaBreached>(Json)!));
}
