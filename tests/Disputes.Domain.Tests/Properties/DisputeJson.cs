using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Disputes.Domain.Tests;

// States hold ImmutableList/ImmutableDictionary, which records compare by reference: JSON is the structural view.
internal static class DisputeJson
{
    // The store's shape for what matters here (camelCase, NodaTime, enums as names); replay-check compares with it.
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    // An event as Marten would store and load it: by its concrete type.
    public static IDisputeEvent RoundTrip(IDisputeEvent @event, out string json)
    {
        json = Serialize(@event);
        return (IDisputeEvent)(JsonSerializer.Deserialize(json, @event.GetType(), Options)
            ?? throw new InvalidOperationException($"{@event.GetType().Name} deserialized to null."));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
