using System.Text.Json;
using System.Text.Json.Serialization;
using Disputes.Domain;
using Disputes.Projections.Store;

namespace Disputes.Projections.Store;

// History written before the platform had an actor kind of its own names two different participants "System":
// the engine ("policy" on deadline bookkeeping, "scheduler" on fired clocks and their consequences) and the
// platform (the id the storefront sent with actingAs Platform — "payments", "carrier-tracking" — or an admin's
// subject for a case the admin assigned or a refund the admin retried). Stored events are immutable, so they
// are read as today's actors instead: the engine's old names as the engine, every other System as the Platform
// with the same id. The event keeps its stored bytes (its hash still verifies); every reader — folds,
// projections, replay-check, the audit trail and the timeline — sees one engine and one platform.
// Written actors are stored exactly as they are (kind and id, in that order, as without this converter).
public sealed class LegacySystemActors : JsonConverter<Actor>
{
    // Every id the engine acted under before it had one name. "system" itself is today's.
    private static readonly HashSet<string> EngineNames = ["policy", "scheduler", Actor.System.Id];

    public static Actor Upgrade(Actor stored) => stored.Kind != ActorKind.System
        ? stored
        : EngineNames.Contains(stored.Id) ? Actor.System : Actor.Platform(stored.Id);

    public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"An actor is an object with kind and id, not {reader.TokenType}.");
        ActorKind? kind = null;
        string? id = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, nameof(Actor.Kind), StringComparison.OrdinalIgnoreCase))
                kind = JsonSerializer.Deserialize<ActorKind>(ref reader, options);
            else if (string.Equals(name, nameof(Actor.Id), StringComparison.OrdinalIgnoreCase))
                id = reader.GetString();
            else
                reader.Skip();
        }

        return Upgrade(new Actor(
            kind ?? throw new JsonException("An actor without a kind."),
            id ?? throw new JsonException("An actor without an id.")));
    }

    public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Name(nameof(Actor.Kind), options));
        JsonSerializer.Serialize(writer, value.Kind, options);
        writer.WriteString(Name(nameof(Actor.Id), options), value.Id);
        writer.WriteEndObject();
    }

    private static string Name(string property, JsonSerializerOptions options) =>
        options.PropertyNamingPolicy?.ConvertName(property) ?? property;
}
