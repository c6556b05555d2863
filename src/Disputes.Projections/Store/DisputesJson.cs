using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Disputes.Projections.Store;

// One JSON shape for the wire and the store: what a client reads is what the event store holds (architecture.md §7).
public static class DisputesJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        // "12" for an amount is a client bug, not something to guess at.
        options.NumberHandling = JsonNumberHandling.Strict;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    // The store's options: the same shape, plus reading what older builds stored in older shapes. Only the store
    // needs it (the wire never reads an actor), and a converter would hide Actor's shape from the OpenAPI schema.
    public static JsonSerializerOptions ConfigureStore(JsonSerializerOptions options)
    {
        Configure(options);
        if (!options.Converters.OfType<LegacySystemActors>().Any())
            options.Converters.Add(new LegacySystemActors());
        return options;
    }
}
